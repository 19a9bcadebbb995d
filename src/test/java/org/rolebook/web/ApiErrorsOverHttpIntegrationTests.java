package org.rolebook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.security.ApiTokens;
import org.rolebook.security.NewUser;
import org.rolebook.security.Role;
import org.rolebook.security.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Over a real connection, the errors answered before any API handler runs (a Content-Type or a
 * method the route does not take, a route that is not there) name the part of the request at fault.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CleanDatabase.class)
class ApiErrorsOverHttpIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiTokens tokens;

    String token;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void adminWithAToken() {
        String name = "errors.admin." + System.nanoTime();
        users.add(new NewUser(name, "a long enough password", Role.HR_ADMIN, Set.of()));
        token = tokens.create(name, "errors", 1).secret();
    }

    HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aContentTypeAMethodOrARouteTheApiDoesNotHaveIsNamed() throws Exception {
        var wrongType = send("POST", "/api/role-profiles", "text/plain", "Pupil Support Worker");
        var wrongMethod = send("DELETE", "/api/role-profiles", "application/json", "");
        var noRoute = send("GET", "/api/role-profile", "application/json", "");

        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body())
                .contains("\"field\":\"Content-Type\"")
                .contains("Content-Type: must be one of application/json")
                .contains("not text/plain");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"field\":\"method\"").contains("method: DELETE is not taken here");
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.body()).contains("\"field\":\"path\"").contains("is not a route of the API");
    }

    @Test
    void anUploadTooLargeIsToldSo() throws Exception {
        String boundary = "rolebook-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + "Pupil Support Worker\n".repeat(600_000) + "\r\n--" + boundary
                + "--\r\n";

        var tooLarge = send("POST", "/api/suggestions", "multipart/form-data; boundary=" + boundary, body);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body())
                .contains("\"field\":\"file\"")
                .contains("file: is larger than an upload may be (10 MB a file, 50 MB a request)");
    }
}
