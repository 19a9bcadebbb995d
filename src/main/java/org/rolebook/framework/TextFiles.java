package org.rolebook.framework;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of an uploaded or named file, for every reader in Rolebook: UTF-8 (a byte order mark
 * allowed), not empty, not binary, not larger than the reader takes; anything else is refused as
 * a problem on the field "file" that says what is wrong and where.
 */
public final class TextFiles {

    private TextFiles() {}

    public static String utf8(byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw refused("the file is empty");
        }
        if (bytes.length > maxBytes) {
            throw refused(
                    "the file is %s; the most Rolebook reads is %s".formatted(size(bytes.length), size(maxBytes)));
        }
        int start = hasUtf8Mark(bytes) ? 3 : 0;
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw refused("the file is UTF-16 text; save it as UTF-8 and try again");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw refused("the file is binary (a NUL byte at offset %d), not text".formatted(i));
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
                throw refused("the file holds only white space");
            }
            return text;
        } catch (MalformedInputException e) {
            int offset = firstBadByte(bytes, start);
            throw refused(
                    "the file is not UTF-8 text: byte 0x%02X at offset %d is not valid UTF-8 (save it as UTF-8 and try again)"
                            .formatted(bytes[offset] & 0xFF, offset));
        } catch (CharacterCodingException e) {
            throw refused("the file is not UTF-8 text: " + e.getMessage());
        }
    }

    /** A size as people read it: bytes, KB or MB. */
    public static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
                : bytes >= 1024 ? "%d KB".formatted(bytes / 1024) : bytes + " bytes";
    }

    private static boolean hasUtf8Mark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static int firstBadByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : start;
    }

    private static FieldProblem refused(String message) {
        return new FieldProblem("file", message);
    }
}
