package org.rolebook.matching.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rolebook.CleanDatabase;
import org.rolebook.SeedFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/suggestions over the seed framework: JSON and file uploads, and errors that name the field. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CleanDatabase.class)
class SuggestionApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSeedFormUploadedIsGrade5WithWhatWasRead() throws Exception {
        var file = new MockMultipartFile("file", "004.txt", "text/plain", SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM));

        mvc.perform(multipart("/api/suggestions").file(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.title").value("Pupil Support Worker"))
                .andExpect(jsonPath("$.profile.statedGrade").value("Grade 5"))
                .andExpect(jsonPath("$.profile.accountabilities.length()").value(13))
                .andExpect(jsonPath("$.suggestion.suggested.grade").value(5))
                .andExpect(jsonPath("$.suggestion.suggested.familyName").value("Student Support Services"))
                .andExpect(jsonPath("$.suggestion.ranking.length()").value(9))
                .andExpect(jsonPath("$.suggestion.flags.length()").value(0))
                .andExpect(jsonPath("$.suggestion.byDimension[0].dimension").exists())
                .andExpect(jsonPath("$.suggestion.evidence[?(@.grade == 5)].frameworkText")
                        .value(org.hamcrest.Matchers.hasItem("Supervising pupils in non-structured breaks")));
    }

    @Test
    void aProfileAsJsonGetsItsSuggestion() throws Exception {
        String profile = """
                {"title": "ICT Technician",
                 "accountabilities": ["Set up and test ICT equipment and software for lessons",
                                      "Monitor stocks of ICT consumables and spares"]}""";

        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(profile))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggested.grade").value(6))
                .andExpect(jsonPath("$.evidence[0].dimension").value("EXAMPLE_TITLES"))
                .andExpect(jsonPath("$.method").value("evidence"));
    }

    @Test
    void anEmptyProfileIsNotEnoughToJudge() throws Exception {
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_ENOUGH_TO_JUDGE"))
                .andExpect(jsonPath("$.suggested").doesNotExist());
    }

    @Test
    void errorsNameTheField() throws Exception {
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + "x".repeat(400) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("title"));
        mvc.perform(multipart("/api/suggestions").file(new MockMultipartFile("file", new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value("file: the file is empty"));
        mvc.perform(multipart("/api/suggestions").file(new MockMultipartFile("file", new byte[] {'a', 0, 'b'})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));
        mvc.perform(multipart("/api/suggestions").file(new MockMultipartFile("other", "x".getBytes())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));
    }

    @Test
    void aFieldOfTheWrongKindOrNotOfAProfileIsNamedNeverIgnored() throws Exception {
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Learning Mentor\", \"accountabilities\": \"Mentor pupils\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accountabilities"))
                .andExpect(jsonPath("$.detail").value("accountabilities: must be a list"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountabilities\": [\"Mentor pupils\", {\"text\": \"Home visits\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accountabilities[1]"))
                .andExpect(jsonPath("$.detail").value("accountabilities[1]: must be text"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"titel\": \"Learning Mentor\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("titel"))
                .andExpect(jsonPath("$.detail")
                        .value("titel: is not a field of this request; its fields are accountabilities,"
                                + " additionalInformation, freeText, optionalDuties, scope, staffResponsibility,"
                                + " statedGrade, title"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("body: is not valid JSON (line 1, column 1)"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Learning Mentor\", \"title\": \"Pupil Support Worker\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("title: is given twice; give it once"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"optionalDuties\": [" + "\"x\",".repeat(600) + "\"x\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("optionalDuties: 601 items; the most read is 500"));
        mvc.perform(post("/api/suggestions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("body: must be a JSON object of the request's fields"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOpenApiDescriptionHasTheRoute() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/suggestions'].post").exists())
                // every route says how it refuses, as a problem detail
                .andExpect(jsonPath("$.components.schemas.Problem.properties.field")
                        .exists())
                .andExpect(
                        jsonPath("$.paths['/api/suggestions'].post.responses['400'].content['application/problem+json']"
                                        + ".schema['$ref']")
                                .value("#/components/schemas/Problem"))
                .andExpect(jsonPath("$.paths['/api/suggestions'].post.responses['404']")
                        .doesNotExist())
                .andExpect(jsonPath("$.paths['/api/role-profiles/{id}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/role-profiles/{id}'].put.responses['412']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/role-profiles/{id}'].put.responses['428']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/role-profiles/{id}'].get.responses['200']")
                        .exists());
    }
}
