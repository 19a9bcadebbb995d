package org.rolebook.importing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rolebook.importing.Problem;

class DocumentTextTests {

    private static final long LIMIT = 1024;
    private static final byte[] UTF8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void readsTheSeedsAsTheyAre() {
        assertThat(textOf(SeedDocuments.bytes(SeedDocuments.FAMILY_SUMMARY), 1024 * 1024))
                .isEqualTo(SeedDocuments.familySummaryText());
        assertThat(textOf(SeedDocuments.bytes(SeedDocuments.ROLE_PROFILE_FORM), 1024 * 1024))
                .isEqualTo(SeedDocuments.roleProfileFormText())
                .contains("customers’ needs");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refusal(new byte[0])).isEqualTo(Problem.of("file", "the file is empty"));
    }

    @Test
    void refusesAFileOfWhiteSpaceOnly() {
        assertThat(refusal(utf8(" \r\n\t \n")).message()).isEqualTo("the file holds only white space");
        assertThat(refusal(UTF8_MARK).message()).isEqualTo("the file holds only white space");
    }

    @Test
    void refusesABinaryFileNamingTheOffsetOfTheNulByte() {
        Problem problem = refusal(new byte[] {'G', 'r', 'a', 'd', 'e', 0, '5'});

        assertThat(problem.field()).isEqualTo("file");
        assertThat(problem.message()).contains("binary", "NUL byte at offset 5");
    }

    @Test
    void refusesWindows1252TextNamingTheByteAndItsOffset() {
        byte[] cafe = {0x63, 0x61, 0x66, (byte) 0xE9};

        Problem problem = refusal(cafe);

        assertThat(problem.field()).isEqualTo("file");
        assertThat(problem.message()).contains("not UTF-8", "byte 0xE9 at offset 3");
    }

    @Test
    void namesTheOffsetOfABadByteInTheMiddleCountingFromTheStartOfTheFile() {
        byte[] cafeAuLait = "caf\u00e9 au lait".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] marked = concat(UTF8_MARK, cafeAuLait);

        assertThat(refusal(cafeAuLait).message()).contains("byte 0xE9 at offset 3");
        assertThat(refusal(marked).message()).contains("byte 0xE9 at offset 6");
    }

    @Test
    void refusesUtf16TextWithEitherByteOrderMark() {
        byte[] littleEndian =
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Grade 5".getBytes(StandardCharsets.UTF_16LE));
        byte[] bigEndian = "Grade 5".getBytes(StandardCharsets.UTF_16);

        assertThat(refusal(littleEndian).message()).contains("UTF-16", "save it as UTF-8");
        assertThat(bigEndian[0]).isEqualTo((byte) 0xFE);
        assertThat(refusal(bigEndian).message()).contains("UTF-16");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeLookingAtIt() {
        byte[] eleven = new byte[11];

        assertThat(DocumentText.decode(eleven, 10))
                .isEqualTo(new DocumentText.Refused(
                        Problem.of("file", "the file is 11 bytes; the most Rolebook reads is 10 bytes")));
        assertThat(textOf(utf8("0123456789"), 10)).isEqualTo("0123456789");
    }

    @Test
    void namesLargeSizesInKilobytesAndMegabytes() {
        byte[] large = new byte[3 * 1024 * 1024 / 2];

        assertThat(refusal(large, 1024 * 1024).message())
                .isEqualTo("the file is 1.5 MB; the most Rolebook reads is 1.0 MB");
        assertThat(DocumentText.size(2048)).isEqualTo("2 KB");
        assertThat(DocumentText.size(1023)).isEqualTo("1023 bytes");
    }

    @Test
    void namesSizesTheSameWayWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(DocumentText.size(3 * 1024 * 1024 / 2)).isEqualTo("1.5 MB");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        String text = textOf(concat(UTF8_MARK, utf8("Grade Profile – Level Five")), LIMIT);

        assertThat(text).isEqualTo("Grade Profile – Level Five").doesNotStartWith("\uFEFF");
    }

    private static String textOf(byte[] bytes, long limit) {
        DocumentText.Outcome outcome = DocumentText.decode(bytes, limit);
        assertThat(outcome).isInstanceOf(DocumentText.Text.class);
        return ((DocumentText.Text) outcome).text();
    }

    private static Problem refusal(byte[] bytes) {
        return refusal(bytes, LIMIT);
    }

    private static Problem refusal(byte[] bytes, long limit) {
        DocumentText.Outcome outcome = DocumentText.decode(bytes, limit);
        assertThat(outcome).isInstanceOf(DocumentText.Refused.class);
        return ((DocumentText.Refused) outcome).problem();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
