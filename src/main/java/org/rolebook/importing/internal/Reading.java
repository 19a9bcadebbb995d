package org.rolebook.importing.internal;

import org.jspecify.annotations.Nullable;
import org.rolebook.importing.ImportReport;

/** What a reader made of a file: its report, and the document when the file had no errors. */
public record Reading<T>(ImportReport report, @Nullable T document) {}
