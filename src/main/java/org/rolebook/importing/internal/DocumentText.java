package org.rolebook.importing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.rolebook.importing.Problem;

/** The text of an uploaded or named file, refused with a reason when it is not UTF-8 text. */
public final class DocumentText {

    private DocumentText() {}

    /** Either the text, or the problem that keeps the file from being read. */
    public sealed interface Outcome {}

    public record Text(String text) implements Outcome {}

    public record Refused(Problem problem) implements Outcome {}

    public static Outcome decode(byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            return refused("the file is empty");
        }
        if (bytes.length > maxBytes) {
            return refused(
                    "the file is %s; the most Rolebook reads is %s".formatted(size(bytes.length), size(maxBytes)));
        }
        int start = hasUtf8Mark(bytes) ? 3 : 0;
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return refused("the file is UTF-16 text; save it as UTF-8 and import it again");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return refused("the file is binary (a NUL byte at offset %d), not a text export".formatted(i));
            }
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            if (text.isBlank()) {
                return refused("the file holds only white space");
            }
            return new Text(text);
        } catch (MalformedInputException e) {
            int offset = firstBadByte(bytes, start);
            return refused(
                    "the file is not UTF-8 text: byte 0x%02X at offset %d is not valid UTF-8 (save it as UTF-8 and import it again)"
                            .formatted(bytes[offset] & 0xFF, offset));
        } catch (CharacterCodingException e) {
            return refused("the file is not UTF-8 text: " + e.getMessage());
        }
    }

    private static boolean hasUtf8Mark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static int firstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : start;
    }

    private static Refused refused(String message) {
        return new Refused(Problem.of("file", message));
    }

    static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : bytes >= 1024 ? "%d KB".formatted(bytes / 1024) : bytes + " bytes";
    }
}
