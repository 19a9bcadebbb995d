package org.rolebook.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.rolebook.framework.FrameworkCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the framework shipped with Rolebook (the two seed documents) into an empty database
 * when the application starts. A database that holds a framework is left as it is.
 */
@Component
@ConditionalOnBooleanProperty(name = "rolebook.seed.enabled", matchIfMissing = true)
class SeedFramework {

    static final List<String> DOCUMENTS = List.of("seeds/000_875a7b71c6688b28.txt", "seeds/004_ce8fc1817c1c690f.txt");
    private static final Logger log = LoggerFactory.getLogger(SeedFramework.class);

    private final FrameworkCatalogue catalogue;
    private final FrameworkImporter importer;

    SeedFramework(FrameworkCatalogue catalogue, FrameworkImporter importer) {
        this.catalogue = catalogue;
        this.importer = importer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadIntoEmptyDatabase() {
        if (catalogue.framework().isPresent()) {
            return;
        }
        for (String document : DOCUMENTS) {
            ImportReport report = importer.importBytes(document, read(document), false);
            if (report.stored()) {
                log.info("Loaded {}: {}", document, report.outcome());
            } else if (catalogue.framework().isPresent()) {
                log.info("{} was not loaded here; another instance loaded the framework at the same time", document);
            } else {
                throw new IllegalStateException(
                        "the seed document " + document + " did not import: " + report.errors());
            }
        }
    }

    private static byte[] read(String document) {
        try (InputStream in = new ClassPathResource(document).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the seed document " + document + " is missing from the application", e);
        }
    }
}
