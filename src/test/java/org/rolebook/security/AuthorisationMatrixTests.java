package org.rolebook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rolebook.CleanDatabase;
import org.rolebook.roleprofile.Actor;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.RoleProfileData;
import org.rolebook.roleprofile.RoleProfiles;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Schools;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application maps (found from its handler mappings, so a new route cannot be
 * forgotten), requested by everyone: not signed in, HR admin, evaluator, a school editor of the
 * profile's school and of another school, and a viewer. Each outcome must be the one the matrix in
 * docs/SECURITY.md lists; a route the matrix does not list, or lists but the application no longer
 * has, fails the test. Each request runs in a transaction that is rolled back, so that every
 * request meets the same data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTests {

    static final Path MATRIX = Path.of("docs/SECURITY.md");
    static final List<String> WHO = List.of("anonymous", "hr", "evaluator", "editor-own", "editor-other", "viewer");
    static final Set<String> OUTCOMES = Set.of("ok", "sign-in", "denied", "hidden", "-");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RoleProfiles profiles;

    @Autowired
    Schools schools;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    School own;
    School other;
    RoleProfile draft;
    final Map<String, Long> tokenOf = new LinkedHashMap<>();

    @BeforeAll
    void data() {
        RoleProfileData.clear(jdbc);
        jdbc.sql("delete from api_token").update();
        own = schools.add(Fixtures.oakfieldPrimary());
        other = schools.add(Fixtures.riversideHigh());
        RoleProfile first = profiles.create(own.id(), Fixtures.pupilSupportWorkerGrade5(), new Actor("matrix"));
        draft = profiles.update(
                first.id(),
                first.lockVersion(),
                Fixtures.withTitle(first.content(), "Senior Pupil Support Worker"),
                new Actor("matrix"));
        add("matrix.hr", Role.HR_ADMIN, Set.of());
        add("matrix.evaluator", Role.EVALUATOR, Set.of());
        add("matrix.editor.own", Role.SCHOOL_EDITOR, Set.of(own.id()));
        add("matrix.editor.other", Role.SCHOOL_EDITOR, Set.of(other.id()));
        add("matrix.viewer", Role.VIEWER, Set.of());
        add("matrix.target", Role.VIEWER, Set.of());
    }

    private void add(String name, Role role, Set<Long> schools) {
        if (users.all().stream().noneMatch(u -> u.username().equals(name))) {
            users.add(new NewUser(name, "a long enough password", role, schools));
        }
        tokenOf.put(name, tokens.create(name, "matrix", 1).token().id());
    }

    @Test
    void everyRouteGivesEveryoneTheDocumentedOutcome() throws Exception {
        Map<String, List<String>> documented = documented();
        Map<String, List<String>> observed = new TreeMap<>();
        for (String route : routes()) {
            List<String> row = new ArrayList<>();
            for (String who : WHO) {
                row.add(
                        documented.containsKey(route)
                                        && documented
                                                .get(route)
                                                .get(WHO.indexOf(who))
                                                .equals("-")
                                ? "-"
                                : outcome(route, who));
            }
            observed.put(route, row);
        }
        List<String> problems = new ArrayList<>();
        for (var entry : observed.entrySet()) {
            List<String> expected = documented.get(entry.getKey());
            if (expected == null) {
                problems.add("not in the matrix: " + entry.getKey());
            } else if (!expected.equals(entry.getValue())) {
                problems.add("%s: documented %s, observed %s".formatted(entry.getKey(), expected, entry.getValue()));
            }
        }
        for (String route : documented.keySet()) {
            if (!observed.containsKey(route)) {
                problems.add("in the matrix but not in the application: " + route);
            }
        }
        assertThat(problems)
                .as("the route matrix in docs/SECURITY.md; observed, in its own words:%n%s", table(observed))
                .isEmpty();
    }

    /** Every mapped route as "METHOD /pattern", a pattern like {action:a|b} giving one route per choice. */
    private List<String> routes() {
        List<String> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> patterns = info.getPatternValues();
                Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                        info.getMethodsCondition().getMethods();
                for (String pattern : patterns) {
                    for (String concrete : choices(pattern)) {
                        if (methods.isEmpty()) {
                            routes.add("GET " + concrete);
                        } else {
                            methods.forEach(method -> routes.add(method.name() + " " + concrete));
                        }
                    }
                }
            }
        }
        return routes.stream().distinct().sorted().toList();
    }

    private static List<String> choices(String pattern) {
        Matcher choice = Pattern.compile("\\{(\\w+):([\\w|]+)}").matcher(pattern);
        if (!choice.find()) {
            return List.of(pattern);
        }
        List<String> concrete = new ArrayList<>();
        for (String option : choice.group(2).split("\\|")) {
            concrete.addAll(choices(pattern.substring(0, choice.start()) + option + pattern.substring(choice.end())));
        }
        return concrete;
    }

    private String outcome(String route, String who) throws Exception {
        String method = route.substring(0, route.indexOf(' '));
        String path = concrete(route.substring(route.indexOf(' ') + 1), who);
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path);
        request.with(who.equals("anonymous") ? anonymous() : user(username(who)).authorities(authorities(who)));
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        body(request, method, path);
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        MockHttpServletResponse response = rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                return mvc.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new IllegalStateException(route + " as " + who + " failed: " + e, e);
            }
        });
        int code = response.getStatus();
        String location = response.getHeader("Location");
        assertThat(code).as("%s as %s answered %d", route, who, code).isLessThan(500);
        if (code == 401 || (code == 302 && location != null && location.endsWith("/sign-in"))) {
            return "sign-in";
        }
        return switch (code) {
            case 403 -> "denied";
            case 404 -> "hidden";
            default -> "ok";
        };
    }

    /** A valid body for the routes that need one, so that the outcome is about who asks, not what they sent. */
    private void body(MockHttpServletRequestBuilder request, String method, String path) {
        String json = """
                {"schoolId": %d, "postTitle": "Pupil Support Worker", "familySlug": "student-support-services",
                 "grade": 5, "staffResponsibility": "No", "essentialCarUser": "No", "scope": "Pupils",
                 "accountabilities": ["Support pupils"], "preparedBy": "Head", "date": "01/02/23"}""".formatted(own.id());
        if (path.matches("/api/role-profiles/\\d+/(submit|approve|return|archive)")) {
            request.contentType(MediaType.APPLICATION_JSON)
                    .content("{\"comment\": \"Checked by the panel\"}")
                    .header("If-Match", "\"2\"");
        } else if (path.startsWith("/api/role-profiles") && (method.equals("POST") || method.equals("PUT"))) {
            request.contentType(MediaType.APPLICATION_JSON).content(json).header("If-Match", "\"2\"");
        } else if (path.equals("/api/suggestions") && method.equals("POST")) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        } else if (path.matches("/role-profiles/\\d+/workflow") && method.equals("POST")) {
            request.param("action", "submit").param("lockVersion", "2");
        } else if (path.startsWith("/role-profiles") && method.equals("POST")) {
            request.param("schoolId", String.valueOf(own.id()))
                    .param("postTitle", "Pupil Support Worker")
                    .param("familySlug", "student-support-services")
                    .param("grade", "5")
                    .param("staffResponsibility", "No")
                    .param("essentialCarUser", "No")
                    .param("accountabilities", "Support pupils")
                    .param("lockVersion", "2");
        }
    }

    private String concrete(String pattern, String who) {
        String username = username(who);
        return pattern.replace(
                        "/users/{username}/tokens/{id}", "/users/matrix.target/tokens/" + tokenOf.get("matrix.target"))
                .replace("/account/tokens/{id}", "/account/tokens/" + tokenOf.getOrDefault(username, 0L))
                .replace("/schools/{id}", "/schools/" + own.id())
                .replace("{username}", "matrix.target")
                .replace("{id}", String.valueOf(draft.id()))
                .replace("{from}", "1")
                .replace("{to}", "2")
                .replace("{slug}", "student-support-services")
                .replace("{grade}", "5")
                .replace("{format}", "pdf")
                .replace("/**", "/liveness")
                .replace("{*path}", "liveness");
    }

    private static String username(String who) {
        return switch (who) {
            case "hr" -> "matrix.hr";
            case "evaluator" -> "matrix.evaluator";
            case "editor-own" -> "matrix.editor.own";
            case "editor-other" -> "matrix.editor.other";
            case "viewer" -> "matrix.viewer";
            default -> "anonymous";
        };
    }

    private SimpleGrantedAuthority[] authorities(String who) {
        return switch (who) {
            case "hr" -> new SimpleGrantedAuthority[] {new SimpleGrantedAuthority("ROLE_HR_ADMIN")};
            case "evaluator" -> new SimpleGrantedAuthority[] {new SimpleGrantedAuthority("ROLE_EVALUATOR")};
            case "editor-own" ->
                new SimpleGrantedAuthority[] {
                    new SimpleGrantedAuthority("ROLE_SCHOOL_EDITOR"), new SimpleGrantedAuthority("SCHOOL_" + own.id())
                };
            case "editor-other" ->
                new SimpleGrantedAuthority[] {
                    new SimpleGrantedAuthority("ROLE_SCHOOL_EDITOR"), new SimpleGrantedAuthority("SCHOOL_" + other.id())
                };
            default -> new SimpleGrantedAuthority[] {new SimpleGrantedAuthority("ROLE_VIEWER")};
        };
    }

    /** The matrix from docs/SECURITY.md: rows of | METHOD | `route` | six outcomes |. */
    static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        String text = Files.readString(MATRIX);
        int start = text.indexOf("<!-- route-matrix -->");
        int end = text.indexOf("<!-- /route-matrix -->");
        assertThat(start)
                .as("docs/SECURITY.md has a <!-- route-matrix --> section")
                .isPositive();
        for (String line : text.substring(start, end).lines().toList()) {
            Matcher row = Pattern.compile("^\\| (GET|POST|PUT|DELETE|PATCH) \\| `([^`]+)` \\|(.*)\\|$")
                    .matcher(line);
            if (!row.matches()) {
                continue;
            }
            List<String> outcomes = List.of(row.group(3).split("\\|")).stream()
                    .map(String::strip)
                    .toList();
            assertThat(outcomes).as(line).hasSize(WHO.size()).allMatch(OUTCOMES::contains);
            rows.put(row.group(1) + " " + row.group(2), outcomes);
        }
        return rows;
    }

    private static String table(Map<String, List<String>> observed) {
        StringBuilder table = new StringBuilder();
        observed.forEach((route, row) -> table.append("| %s | `%s` | %s |%n"
                .formatted(
                        route.substring(0, route.indexOf(' ')),
                        route.substring(route.indexOf(' ') + 1),
                        String.join(" | ", row))));
        return table.toString();
    }
}
