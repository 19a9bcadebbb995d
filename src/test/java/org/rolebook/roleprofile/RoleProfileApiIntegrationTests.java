package org.rolebook.roleprofile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The role profile API: create, read with ETag, update with If-Match, workflow, versions, errors. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class RoleProfileApiIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Schools schools;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoleProfiles profiles;

    long school;

    @BeforeEach
    void school() {
        RoleProfileData.clear(jdbc);
        school = schools.add(Fixtures.oakfieldPrimary()).id();
    }

    String body(String title, String date) {
        return """
                {"schoolId": %d, "postTitle": "%s", "familySlug": "student-support-services", "grade": 5,
                 "staffResponsibility": "No", "essentialCarUser": "No", "scope": "Support pupils",
                 "accountabilities": ["Work one to one with targeted pupils", "Monitor attendance data"],
                 "preparedBy": "Schools HR Team", "date": "%s"}""".formatted(school, title, date);
    }

    MvcTestResult create(String title) {
        return mvc.post()
                .uri("/api/role-profiles")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(title, "28/02/23"))
                .exchange();
    }

    @Test
    void createReadUpdateWithETags() throws Exception {
        MvcTestResult created = create("Pupil Support Worker");
        assertThat(created).hasStatus(HttpStatus.CREATED).headers().containsHeader("Location");
        assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
        String location = created.getResponse().getHeader("Location");

        assertThat(mvc.get().uri(location))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.content.postTitle")
                .isEqualTo("Pupil Support Worker");

        var updated = mvc.put()
                .uri(location)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Senior Pupil Support Worker", "28/02/23"))
                .exchange();
        assertThat(updated).hasStatusOk();
        assertThat(updated.getResponse().getHeader("ETag")).isEqualTo("\"2\"");

        var stale = mvc.put()
                .uri(location)
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("Lost update", "28/02/23"))
                .exchange();
        assertThat(stale)
                .hasStatus(HttpStatus.PRECONDITION_FAILED)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("If-Match");
        var missing = mvc.put()
                .uri(location)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("No precondition", "28/02/23"))
                .exchange();
        assertThat(missing).hasStatus(HttpStatus.PRECONDITION_REQUIRED);

        assertThat(mvc.get().uri(location + "/versions"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(2);
        assertThat(mvc.get().uri(location + "/versions/1/diff/2"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.fields[0].text.to[0].mark")
                .isEqualTo("ADDED");
    }

    @Test
    void badFieldsAreAllNamed() {
        var refused = mvc.post()
                .uri("/api/role-profiles")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body("", "31/02/23"))
                .exchange();

        assertThat(refused)
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder("postTitle", "date");
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("schoolId");
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"schoolId\": \"Oakfield\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("schoolId: must be a whole number, not \"Oakfield\"");
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"schoolId\": 119876, \"postTitel\": \"Pupil Support Worker\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("postTitel");
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"schoolId\": 1.5}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("schoolId");
        assertThat(mvc.post()
                        .uri("/api/role-profiles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"schoolId\": 1, \"grade\": 3000000000}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("grade: is out of the range this field takes");
        // a number or true/false where the request takes text is a mistake, not text
        for (String json : java.util.List.of(
                "{\"schoolId\": 1, \"postTitle\": 123}",
                "{\"schoolId\": 1, \"postTitle\": true}",
                "{\"schoolId\": 1, \"accountabilities\": [\"Support pupils\", 2]}")) {
            assertThat(mvc.post()
                            .uri("/api/role-profiles")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json))
                    .as(json)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.detail")
                    .asString()
                    .matches("(postTitle|accountabilities\\[1]): must be text, not \"(123|true|2)\"");
        }
        assertThat(mvc.post()
                        .uri("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": 123}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("title: must be text, not \"123\"");
        // a null item of a list is named, not dropped, and nothing is stored
        long before = profilesCount();
        String nullItem = "\"optionalDuties\": [\"Order stock\", null], ";
        for (var request : java.util.Map.of(
                        "/api/role-profiles",
                        body("Cook", "1 September 2025").replace("\"preparedBy\"", nullItem + "\"preparedBy\""),
                        "/api/suggestions",
                        "{\"title\": \"Cook\", " + nullItem + "\"scope\": \"Cook meals\"}")
                .entrySet()) {
            assertThat(mvc.post()
                            .uri(request.getKey())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(request.getValue()))
                    .as(request.getKey())
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.detail")
                    .isEqualTo("optionalDuties[1]: is null: give the item's text, or leave the item out");
        }
        assertThat(profilesCount()).isEqualTo(before);
    }

    @Test
    void aStepKeepsEveryFieldItIsGivenOrRefusesItNamingIt() {
        String location = create("Pupil Support Worker").getResponse().getHeader("Location");

        assertThat(mvc.post()
                        .uri(location + "/submit")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Please look at this soon\", \"grade\": 9}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("grade");
        assertThat(mvc.post()
                        .uri(location + "/submit")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Please look at this soon\", \"rationale\": \"because\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("rationale");
        assertThat(mvc.post()
                        .uri(location + "/submit")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Please look at this soon\"}"))
                .hasStatusOk();
        assertThat(mvc.get().uri(location + "/history"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[1].comment")
                .isEqualTo("Please look at this soon");
    }

    @Test
    void aCommentLongerThanAProfileFieldIsRefused() {
        String location = create("Pupil Support Worker").getResponse().getHeader("Location");

        assertThat(mvc.post()
                        .uri(location + "/submit")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"" + "x".repeat(4001) + "\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("comment: must be 4000 characters or fewer (it is 4001)");
    }

    @Test
    void aParameterTheRouteDoesNotTakeOrOneGivenTwiceIsNamedNeverIgnored() {
        String location = create("Pupil Support Worker").getResponse().getHeader("Location");

        assertThat(mvc.get().uri(location + "/document?fromat=html"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("fromat: is not a parameter of this route; it takes ")
                .contains("format");
        assertThat(mvc.get().uri("/api/role-profiles?school=1&school=2"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("school: is given 2 times; this route takes one");
        assertThat(mvc.get().uri("/api/titles?q=technician&limit=5"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("limit");
        assertThat(mvc.get().uri("/api/role-profiles?school=" + school)).hasStatusOk();
    }

    @Test
    void anIfMatchThatIsNoETagIsNamed() {
        String location = create("Pupil Support Worker").getResponse().getHeader("Location");

        assertThat(mvc.post().uri(location + "/submit").header("If-Match", "abc"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("If-Match: \"abc\" is not an ETag of a role profile; send the ETag you read, such as \"1\"");
    }

    @Test
    void aProfileStaysWithItsSchool() {
        String location = create("Pupil Support Worker").getResponse().getHeader("Location");

        assertThat(mvc.put()
                        .uri(location)
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Pupil Support Worker", "28/02/23")
                                .replace("\"schoolId\": " + school, "\"schoolId\": " + (school + 1000))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("schoolId");
        assertThat(mvc.get().uri(location))
                .bodyJson()
                .extractingPath("$.currentVersion")
                .isEqualTo(1);
    }

    @Test
    void workflowThroughTheApi() {
        String location = create("Pupil Support Worker").getResponse().getHeader("Location");

        assertThat(mvc.post().uri(location + "/approve").header("If-Match", "\"1\""))
                .hasStatus(HttpStatus.CONFLICT)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("status");
        assertThat(mvc.post().uri(location + "/submit").header("If-Match", "\"1\""))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("SUBMITTED");
        assertThat(mvc.post()
                        .uri(location + "/return")
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commnet\": \"Add supervision duties\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("commnet: is not a field of a workflow step; its fields are comment, grade, rationale");
        assertThat(mvc.get().uri(location))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("SUBMITTED");
        assertThat(mvc.post()
                        .uri(location + "/return")
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comment\": \"Add supervision duties\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("RETURNED");
        assertThat(mvc.get().uri(location + "/history"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[2].comment")
                .isEqualTo("Add supervision duties");
    }

    @Test
    void exportsAsCsvAndJson() {
        create("Pupil Support Worker");
        create("=Learning Mentor");

        var csv = mvc.get().uri("/api/role-profiles/export.csv").exchange();
        assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
        assertThat(csv)
                .bodyText()
                .startsWith("\uFEFFschool_urn,post_title,family,grade")
                .contains("'=Learning Mentor")
                .contains("\"Work one to one with targeted pupils\nMonitor attendance data\"");
        // a post being revised: the CSV gives the grade in force beside the draft's
        var mentor = profiles.list(ProfileQuery.all()).profiles().stream()
                .filter(p -> p.content().postTitle().equals("=Learning Mentor"))
                .findFirst()
                .orElseThrow();
        var submitted = profiles.submit(mentor.id(), mentor.lockVersion(), new Actor("editor"));
        var approved =
                profiles.approve(submitted.id(), submitted.lockVersion(), new Actor("hr"), null, Fixtures.RATIONALE);
        profiles.update(
                approved.id(), approved.lockVersion(), Fixtures.withGrade(approved.content(), 8), new Actor("editor"));
        assertThat(mvc.get().uri("/api/role-profiles/export.csv?q=mentor"))
                .hasStatusOk()
                .bodyText()
                .contains("approved_version\r\n")
                .contains(",DRAFT,2," + mentor.id() + ",5,1\r\n");
        var exported = mvc.get().uri("/api/role-profiles/export.json?q=mentor").exchange();
        assertThat(exported).bodyJson().extractingPath("$[0].approvedGrade").isEqualTo(5);
        assertThat(exported).bodyJson().extractingPath("$[0].approvedVersion").isEqualTo(1);
        assertThat(exported).bodyJson().extractingPath("$[0].content.grade").isEqualTo(8);
        // the school filter takes a school's id; a URN given for it is told apart
        assertThat(mvc.get()
                        .uri("/api/role-profiles?school="
                                + Fixtures.oakfieldPrimary().urn()))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("school: no school has id "
                        + Fixtures.oakfieldPrimary().urn() + ": the filter takes a school's id; ")
                .endsWith("is school " + school);
        assertThat(mvc.get().uri("/api/role-profiles/export.csv?school=999999999"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/role-profiles/export.json?q=mentor"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(1);
    }

    @Test
    void listsFilter() {
        create("Pupil Support Worker");
        create("Learning Mentor");

        assertThat(mvc.get().uri("/api/role-profiles?q=mentor&grade=5"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(1);
        assertThat(mvc.get().uri("/api/role-profiles?status=NOPE"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.field")
                .isEqualTo("status");
        assertThat(mvc.get().uri("/api/role-profiles/999999")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private long profilesCount() {
        return jdbc.sql("select count(*) from role_profile").query(Long.class).single();
    }
}
