package org.rolebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.springframework.core.io.ClassPathResource;

/** The two seed documents, verbatim, as tests read them. */
public final class SeedFiles {

    public static final String FAMILY_SUMMARY = "seeds/000_875a7b71c6688b28.txt";
    public static final String ROLE_PROFILE_FORM = "seeds/004_ce8fc1817c1c690f.txt";

    private SeedFiles() {}

    public static byte[] bytes(String seed) {
        try (InputStream in = new ClassPathResource(seed).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String seed) {
        return Path.of("src/main/resources", seed);
    }
}
