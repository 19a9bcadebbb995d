package org.rolebook.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.FamilySummaryDocument;
import org.rolebook.framework.Grade;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.GradeProfileDocument;
import org.rolebook.framework.JobFamily;

/**
 * Named fixtures read from the test class path: the two seed documents verbatim, what the readers
 * make of them, and the broken twins beside them.
 */
public final class SeedDocuments {

    public static final String FAMILY_SUMMARY = "seeds/000_875a7b71c6688b28.txt";
    public static final String ROLE_PROFILE_FORM = "seeds/004_ce8fc1817c1c690f.txt";

    private SeedDocuments() {}

    /** A class path resource as UTF-8 text. */
    public static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = SeedDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broken twin: a file of {@code broken/} read as UTF-8 text. */
    public static String broken(String name) {
        return text("broken/" + name);
    }

    public static String familySummaryText() {
        return text(FAMILY_SUMMARY);
    }

    public static String roleProfileFormText() {
        return text(ROLE_PROFILE_FORM);
    }

    /** Seed 000 as the family summary reader reads it. */
    public static Reading<FamilySummaryDocument> singleStatusFamilySummaryReading() {
        return FamilySummaryReader.read("000_875a7b71c6688b28.txt", familySummaryText());
    }

    public static FamilySummaryDocument singleStatusFamilySummary() {
        FamilySummaryDocument document = singleStatusFamilySummaryReading().document();
        if (document == null) {
            throw new IllegalStateException("seed 000 did not read: "
                    + singleStatusFamilySummaryReading().report().errors());
        }
        return document;
    }

    /** The one family of seed 000. */
    public static JobFamily studentSupportServices() {
        return singleStatusFamilySummary().families().getFirst();
    }

    /** One level of Student Support Services, such as {@code studentSupportServices(6)}. */
    public static FamilyLevel studentSupportServices(int grade) {
        return studentSupportServices()
                .level(Grade.of(grade))
                .orElseThrow(() -> new IllegalArgumentException("seed 000 has no grade " + grade));
    }

    /** Seed 004 as the role profile form reader reads it. */
    public static Reading<GradeProfileDocument> pupilSupportWorkerFormReading() {
        return GradeProfileFormReader.read("004_ce8fc1817c1c690f.txt", roleProfileFormText());
    }

    public static GradeProfileDocument pupilSupportWorkerForm() {
        GradeProfileDocument document = pupilSupportWorkerFormReading().document();
        if (document == null) {
            throw new IllegalStateException("seed 004 did not read: "
                    + pupilSupportWorkerFormReading().report().errors());
        }
        return document;
    }

    /** The generic grade profile appended to seed 004. */
    public static GradeProfile operativeSupportGrade5() {
        return pupilSupportWorkerForm().gradeProfiles().getFirst();
    }
}
