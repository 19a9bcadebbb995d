package org.rolebook.security.internal;

import java.time.Duration;
import org.rolebook.audit.AuditLog;
import org.rolebook.security.ApiTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what. Pages and the API need a signed-in user, except the sign-in page, the health
 * endpoint and static files; writes are limited by role here, and by school in the role profile
 * module. Forms carry a CSRF token; headers forbid framing, sniffing and scripts from elsewhere.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String HR = "HR_ADMIN";
    static final String EVALUATOR = "EVALUATOR";
    static final String EDITOR = "SCHOOL_EDITOR";

    @Bean
    SecurityFilterChain rolebook(
            HttpSecurity http,
            ApiTokens tokens,
            AuditLog audit,
            UserStore users,
            @Value("${rolebook.sign-in.failure-delay-millis:300}") long failureDelay)
            throws Exception {
        http.addFilterBefore(new BearerTokens(tokens, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new SessionsFollowAccounts(users, audit),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokens.REQUESTS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/sign-in",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/assets/**",
                                "/error",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/schools", "/schools/*", "/api/imports")
                        .hasRole(HR)
                        .requestMatchers(HttpMethod.GET, "/schools/*/edit")
                        .hasRole(HR)
                        .requestMatchers("/users", "/users/**", "/audit", "/audit.csv", "/audit/**")
                        .hasRole(HR)
                        .requestMatchers(HttpMethod.POST, "/api/role-profiles/*/approve", "/api/role-profiles/*/return")
                        .hasAnyRole(HR, EVALUATOR)
                        .requestMatchers(HttpMethod.POST, "/api/role-profiles/*/archive")
                        .hasRole(HR)
                        .requestMatchers(HttpMethod.POST, "/role-profiles/*/workflow")
                        .hasAnyRole(HR, EVALUATOR, EDITOR)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/role-profiles",
                                "/role-profiles/*",
                                "/api/role-profiles",
                                "/api/role-profiles/*/submit")
                        .hasAnyRole(HR, EDITOR)
                        .requestMatchers(HttpMethod.GET, "/role-profiles/new")
                        .hasAnyRole(HR, EDITOR)
                        .requestMatchers(HttpMethod.PUT, "/api/role-profiles/*")
                        .hasAnyRole(HR, EDITOR)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/sign-in")
                        .successHandler(SessionsFollowAccounts.marking("/"))
                        .failureHandler(new SlowerAfterFailures(users, Duration.ofMillis(failureDelay)))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(entryPoint()).accessDeniedHandler(accessDenied()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                        + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static final org.springframework.security.web.util.matcher.RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /**
     * The API answers 401 to a request that is not signed in, as a problem detail naming the
     * Authorization header; pages send the browser to the sign-in page.
     */
    private static AuthenticationEntryPoint entryPoint() {
        var signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
        return (request, response, exception) -> {
            if (API.matches(request)) {
                problem(
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "Authorization",
                        "sign in, or send an API token as \\\"Authorization: Bearer rbk_…\\\" (made on /account)");
            } else {
                signIn.commence(request, response, exception);
            }
        };
    }

    /** The API answers 403 to a role that may not do what it asks, as a problem detail; pages show the error page. */
    private static org.springframework.security.web.access.AccessDeniedHandler accessDenied() {
        var pages = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (API.matches(request) && denied instanceof org.springframework.security.web.csrf.CsrfException) {
                // signed in with the browser's session, but without the page's token: not a question of role
                problem(
                        response,
                        HttpStatus.FORBIDDEN,
                        "X-CSRF-TOKEN",
                        "a write with a signed-in session needs the CSRF token of the page, in the X-CSRF-TOKEN"
                                + " header; other clients send an API token (Authorization: Bearer rbk_…)");
            } else if (API.matches(request)) {
                problem(
                        response,
                        HttpStatus.FORBIDDEN,
                        "access",
                        "your role may not do this (see the roles in the README)");
            } else {
                pages.handle(request, response, denied);
            }
        };
    }

    private static void problem(
            jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String field, String message)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(
                        "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s: %s\",\"field\":\"%s\"}"
                                .formatted(status.getReasonPhrase(), status.value(), field, message, field));
    }
}
