package org.rolebook.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the import: the largest file read, and whether the seed framework is loaded into
 * an empty database at start-up.
 */
@ConfigurationProperties("rolebook.imports")
public record ImportSettings(@DefaultValue("10485760") long maxFileBytes) {

    public ImportSettings {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("rolebook.imports.max-file-bytes must be positive");
        }
    }
}
