package vn.thidua.dossier;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * Looks into an uploaded ZIP archive to tell a DOCX, XLSX or ODT from anything else, and refuses the ones built to
 * hurt whoever reads them after the service (virus scanners, indexers, the readers' own Office): a DTD in an XML part
 * (its entities fetch files and URLs or expand a few bytes into gigabytes), a ZIP bomb, or an archive whose central
 * directory tells another story than its entries. Nothing is parsed as XML and nothing is resolved or fetched: the
 * XML parts' prologs are scanned as bytes.
 *
 * <p>First the central directory, read from the stored file's tail: how many entries, how large they say they are and
 * how far they expand. Then the entries, streamed once in their order in the file, each checked against what the
 * directory says of it: its local header exactly where the directory puts it, with the same name and method, the same
 * CRC and sizes (in the local header or in the data descriptor) as the data actually has, the entries following one
 * another up to the directory. So no entry is hidden from a reader that streams the archive or from one that reads the
 * directory, no two entries share their bytes (Fifield's overlapping bomb, where a streaming reader sees one entry and
 * a reader of the directory a thousand), and no entry inflates past the size it declares. Memory: the directory (at
 * most {@link #MAX_CENTRAL_DIRECTORY}) and a few buffers; time: inflating at most ten times the file limit.
 *
 * <p>The bounds, each beyond what real documents reach:
 * <ul>
 *   <li>{@link #MAX_ENTRIES} entries, Apache POI's default (ZipSecureFile): a DOCX has a dozen, one with many images
 *       or an XLSX with many sheets a few hundred;</li>
 *   <li>{@link #EXPANSION} times the file limit uncompressed, declared and inflated, in all (200 MiB with the default
 *       20 MiB limit): a DOCX is mostly images, which do not compress, and the XML of a spreadsheet compresses 10 to
 *       30 to 1 (measured on files Apache POI writes), so only a spreadsheet of millions of cells would reach it;</li>
 *   <li>{@link #MAX_RATIO} to 1 per entry once it passes {@link #RATIO_FLOOR} uncompressed, Apache POI's defaults
 *       (ZipSecureFile): the parts of real documents compress 2 to 30 to 1 (POI writes hundreds to 1 only for a part
 *       made of one empty paragraph or cell repeated), a bomb's kernel about 1000 to 1; and what the service accepts
 *       stays readable by POI and by Apache Tika, which reads through it;</li>
 *   <li>no ZIP64 end record or directory entry: no document under the file limit needs one, and POI writes none (its
 *       streaming writer, SXSSF, the service's own Excel exports, does write 64-bit data descriptors: those are read);</li>
 *   <li>XML parts (by name: .xml, .rels, .vml, .rdf; images, SVG included, are media and not scanned) in UTF-8 or
 *       UTF-16 only, as ECMA-376 Part 2 requires, and at most {@link #MAX_PROLOG} bytes before their first element,
 *       where Office writes about 60.</li>
 * </ul>
 */
final class ArchiveInspection {

    static final int MAX_ENTRIES = 1000;
    static final int EXPANSION = 10;
    static final int MAX_RATIO = 100;
    static final long RATIO_FLOOR = 100 * 1024;
    static final int MAX_CENTRAL_DIRECTORY = 1024 * 1024;
    static final int MAX_PROLOG = 4096;

    private static final int END_RECORD = 22;
    private static final int LOCAL_HEADER = 30;
    private static final int CENTRAL_HEADER = 46;
    private static final long ZIP64_MARK = 0xFFFFFFFFL;
    private static final Pattern ENCODING = Pattern.compile("\\sencoding\\s*=\\s*[\"']([^\"']*)[\"']");

    /** Why an archive is refused, in words for the person who sent it. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** {@code length} bytes of the stored archive from {@code offset} on (a ranged read of the store). */
    @FunctionalInterface
    interface Bytes {
        InputStream read(long offset, long length) throws IOException;
    }

    /** An entry as the central directory lists it. */
    private record Listed(byte[] rawName, String name, int method, long offset, long compressed, long size, long crc) {
    }

    private ArchiveInspection() {
    }

    /**
     * What the archive of {@code size} bytes holds: DOCX, XLSX or ODT; empty for another archive, one that cannot be
     * read, or one with an entry whose path escapes it (absolute, with "..", a drive or a backslash).
     *
     * @throws Refused an archive built to hurt its readers (above), with the reason
     */
    static Optional<String> typeOf(Bytes archive, long size, long fileLimit) throws Refused {
        try {
            return inspect(archive, size, fileLimit * EXPANSION);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> inspect(Bytes archive, long size, long maxInflated) throws IOException, Refused {
        int tailLength = (int) Math.min(size, END_RECORD + 0xFFFF);
        ByteBuffer tail = littleEndian(readFully(archive, size - tailLength, tailLength));
        int end = endRecord(tail);
        if (end < 0 || tail.getShort(end + 4) != 0 || tail.getShort(end + 6) != 0
                || tail.getShort(end + 8) != tail.getShort(end + 10)) {
            return Optional.empty();
        }
        int count = Short.toUnsignedInt(tail.getShort(end + 10));
        long directorySize = Integer.toUnsignedLong(tail.getInt(end + 12));
        long directoryOffset = Integer.toUnsignedLong(tail.getInt(end + 16));
        if (count == 0xFFFF || directorySize == ZIP64_MARK || directoryOffset == ZIP64_MARK) {
            throw zip64();
        }
        if (count > MAX_ENTRIES) {
            throw new Refused("The archive holds " + count + " entries; a document has far fewer, and the service "
                    + "accepts at most " + MAX_ENTRIES + ".");
        }
        if (directorySize > MAX_CENTRAL_DIRECTORY) {
            throw new Refused("The archive's central directory takes " + amount(directorySize) + "; a document's takes a "
                    + "few KiB, and the service accepts at most " + amount(MAX_CENTRAL_DIRECTORY) + ".");
        }
        if (count == 0) {
            return Optional.empty();
        }
        if (directoryOffset + directorySize != size - tailLength + end) {
            throw disagreeing();
        }
        ByteBuffer directory = littleEndian(readFully(archive, directoryOffset, (int) directorySize));
        List<Listed> listed = centralDirectory(directory, count, maxInflated);
        try (InputStream in = new BufferedInputStream(archive.read(0, directoryOffset), 64 * 1024)) {
            return entries(in, listed, directoryOffset);
        }
    }

    /** Where the end of central directory record starts in the tail, or -1: the last one whose comment ends the file. */
    private static int endRecord(ByteBuffer tail) {
        for (int at = tail.limit() - END_RECORD; at >= 0; at--) {
            int comment = Short.toUnsignedInt(tail.getShort(at + 20));
            if (tail.getInt(at) == 0x06054b50 && at + END_RECORD + comment == tail.limit()) {
                return at;
            }
        }
        return -1;
    }

    /** The entries the directory lists, in the order of their local headers, after checking their declared sizes. */
    private static List<Listed> centralDirectory(ByteBuffer directory, int count, long maxInflated) throws Refused {
        List<Listed> listed = new ArrayList<>(count);
        long declared = 0;
        int at = 0;
        for (int i = 0; i < count; i++) {
            if (directory.limit() - at < CENTRAL_HEADER || directory.getInt(at) != 0x02014b50) {
                throw disagreeing();
            }
            long compressed = Integer.toUnsignedLong(directory.getInt(at + 20));
            long size = Integer.toUnsignedLong(directory.getInt(at + 24));
            int nameLength = Short.toUnsignedInt(directory.getShort(at + 28));
            int rest = nameLength + Short.toUnsignedInt(directory.getShort(at + 30))
                    + Short.toUnsignedInt(directory.getShort(at + 32));
            long offset = Integer.toUnsignedLong(directory.getInt(at + 42));
            if (compressed == ZIP64_MARK || size == ZIP64_MARK || offset == ZIP64_MARK) {
                throw zip64();
            }
            if (directory.limit() - at - CENTRAL_HEADER < rest) {
                throw disagreeing();
            }
            byte[] name = new byte[nameLength];
            directory.get(at + CENTRAL_HEADER, name);
            Listed entry = new Listed(name, new String(name, StandardCharsets.UTF_8),
                    Short.toUnsignedInt(directory.getShort(at + 10)), offset, compressed, size,
                    Integer.toUnsignedLong(directory.getInt(at + 16)));
            if (size > RATIO_FLOOR && size > MAX_RATIO * compressed) {
                throw new Refused("The archive's entry " + entry.name() + " expands " + amount(compressed) + " into "
                        + amount(size) + ", as ZIP bombs do. The service accepts at most " + MAX_RATIO + " to 1 past "
                        + amount(RATIO_FLOOR) + ", as Apache POI does; the parts of real documents compress some 2 to 30 "
                        + "to 1.");
            }
            declared += size;
            if (declared > maxInflated) {
                throw new Refused("The archive declares more than " + amount(maxInflated) + " uncompressed (" + EXPANSION
                        + " times the file limit), the most the service accepts; real documents stay far below.");
            }
            listed.add(entry);
            at += CENTRAL_HEADER + rest;
        }
        if (at != directory.limit()) {
            throw disagreeing();
        }
        listed.sort(Comparator.comparingLong(Listed::offset));
        return listed;
    }

    /**
     * Streams the entries, each read where the directory puts it and checked against what the directory says of it;
     * answers the type. The first entry starts at 0, each next one where the previous one ends (its local header, name,
     * extra field, data and data descriptor), and the directory after the last. Read here rather than with
     * {@link java.util.zip.ZipInputStream}, which cannot read the 64-bit data descriptors that Apache POI's streaming
     * writer (SXSSF, the service's own Excel exports) puts after entries of any size.
     */
    private static Optional<String> entries(InputStream in, List<Listed> listed, long directoryOffset)
            throws IOException, Refused {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        boolean odt = false;
        if (listed.get(0).offset() != 0) {
            throw disagreeing();
        }
        for (int i = 0; i < listed.size(); i++) {
            Listed expected = listed.get(i);
            ByteBuffer local = littleEndian(readExactly(in, LOCAL_HEADER));
            int flags = Short.toUnsignedInt(local.getShort(6));
            boolean described = (flags & 8) != 0;
            byte[] rawName = readExactly(in, Short.toUnsignedInt(local.getShort(26)));
            int extraLength = Short.toUnsignedInt(local.getShort(28));
            readExactly(in, extraLength);
            if (local.getInt(0) != 0x04034b50 || !Arrays.equals(rawName, expected.rawName())
                    || Short.toUnsignedInt(local.getShort(8)) != expected.method() || !described
                    && (Integer.toUnsignedLong(local.getInt(14)) != expected.crc()
                    || Integer.toUnsignedLong(local.getInt(18)) != expected.compressed()
                    || Integer.toUnsignedLong(local.getInt(22)) != expected.size())) {
                throw disagreeing();
            }
            String name = expected.name();
            if ((flags & 1) != 0 || escapes(name)) {
                return Optional.empty();
            }
            Content content = new Content(expected);
            if (expected.method() == 8) {
                content.inflate(in);
            } else if (expected.method() == 0 && !described && expected.compressed() == expected.size()) {
                content.copy(in);
            } else {
                return Optional.empty();
            }
            if (content.length != expected.size() || content.crc.getValue() != expected.crc()) {
                throw disagreeing();
            }
            long next = i + 1 < listed.size() ? listed.get(i + 1).offset() : directoryOffset;
            long gap = next - (expected.offset() + LOCAL_HEADER + rawName.length + extraLength + expected.compressed());
            boolean followed = described ? gap >= 0 && gap <= 24 && descriptorMatches(readExactly(in, (int) gap), expected)
                    : gap == 0;
            if (!followed) {
                throw disagreeing();
            }
            if (xml(name)) {
                String fault = prologFault(content.head(), content.length > MAX_PROLOG);
                if (fault != null) {
                    throw new Refused("The archive's part " + name + " " + fault);
                }
            }
            contentTypes |= name.equals("[Content_Types].xml");
            word |= name.equals("word/document.xml");
            excel |= name.equals("xl/workbook.xml");
            if (i == 0 && name.equals("mimetype")) {
                odt = Arrays.equals(content.head(), FileTypes.ODT.getBytes(StandardCharsets.US_ASCII));
            }
        }
        if (odt) {
            return Optional.of(FileTypes.ODT);
        }
        if (contentTypes && word) {
            return Optional.of(FileTypes.DOCX);
        }
        if (contentTypes && excel) {
            return Optional.of(FileTypes.XLSX);
        }
        return Optional.empty();
    }

    /**
     * Whether the data descriptor (the bytes between the entry's data and the next entry) repeats the directory's
     * CRC and sizes: 12 or 16 bytes (without or with its signature) with 32-bit sizes, 20 or 24 with 64-bit ones.
     */
    private static boolean descriptorMatches(byte[] bytes, Listed expected) {
        int length = bytes.length;
        if (length != 12 && length != 16 && length != 20 && length != 24) {
            return false;
        }
        ByteBuffer descriptor = littleEndian(bytes);
        int at = length % 8 == 0 ? 4 : 0;
        if (at == 4 && descriptor.getInt(0) != 0x08074b50) {
            return false;
        }
        boolean wide = length >= 20;
        long compressed = wide ? descriptor.getLong(at + 4) : Integer.toUnsignedLong(descriptor.getInt(at + 4));
        long size = wide ? descriptor.getLong(at + 12) : Integer.toUnsignedLong(descriptor.getInt(at + 8));
        return Integer.toUnsignedLong(descriptor.getInt(at)) == expected.crc() && compressed == expected.compressed()
                && size == expected.size();
    }

    /**
     * An entry's content as it is read: its length, its CRC and its first {@link #MAX_PROLOG} bytes, never more than
     * the size it declares.
     */
    private static final class Content {
        private final Listed entry;
        private final CRC32 crc = new CRC32();
        private final byte[] head = new byte[MAX_PROLOG];
        private final byte[] buffer = new byte[8192];
        private long length;

        Content(Listed entry) {
            this.entry = entry;
        }

        /** Inflates exactly the entry's compressed bytes, whose deflate stream must end there. */
        void inflate(InputStream in) throws IOException, Refused {
            Inflater inflater = new Inflater(true);
            byte[] input = new byte[8192];
            long left = entry.compressed();
            try {
                while (!inflater.finished()) {
                    if (inflater.needsInput()) {
                        int n = left == 0 ? -1 : in.read(input, 0, (int) Math.min(input.length, left));
                        if (n < 0) {
                            throw disagreeing();
                        }
                        left -= n;
                        inflater.setInput(input, 0, n);
                    }
                    int n = inflater.inflate(buffer);
                    if (n == 0 && inflater.needsDictionary()) {
                        throw new ZipException("preset dictionary");
                    }
                    took(n);
                }
                if (left != 0 || inflater.getRemaining() != 0) {
                    throw disagreeing();
                }
            } catch (DataFormatException e) {
                throw new ZipException("invalid deflate data");
            } finally {
                inflater.end();
            }
        }

        void copy(InputStream in) throws IOException, Refused {
            for (long left = entry.compressed(); left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException("archive shorter than its directory says");
                }
                left -= n;
                took(n);
            }
        }

        private void took(int n) throws Refused {
            if (length < MAX_PROLOG) {
                System.arraycopy(buffer, 0, head, (int) length, (int) Math.min(n, MAX_PROLOG - length));
            }
            length += n;
            if (length > entry.size()) {
                throw new Refused("The archive's entry " + entry.name() + " holds more than the " + entry.size()
                        + " bytes it declares: a ZIP bomb.");
            }
            crc.update(buffer, 0, n);
        }

        byte[] head() {
            return Arrays.copyOf(head, (int) Math.min(length, MAX_PROLOG));
        }
    }

    /** The parts read as XML: OOXML's and ODF's parts, relationships and manifests (images, SVG included, are not). */
    private static boolean xml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml") || lower.endsWith(".rdf");
    }

    /**
     * What is wrong with the prolog of an XML part (the start of {@code head}; {@code more}: the part goes on past
     * it), or null. Decoded by its first bytes as an XML parser would (XML 1.0, appendix F), in UTF-8 or UTF-16 (an
     * encoding declaration must name that one: a parser would switch to another); only white space, the XML
     * declaration, comments and processing instructions may come before the first element; a DTD may not.
     */
    private static String prologFault(byte[] head, boolean more) {
        int b0 = head.length > 0 ? head[0] & 0xff : -1;
        int b1 = head.length > 1 ? head[1] & 0xff : -1;
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (b0 == 0xef && b1 == 0xbb && head.length > 2 && (head[2] & 0xff) == 0xbf) {
            skip = 3;
        } else if (b0 == 0xfe && b1 == 0xff || b0 == 0 && b1 == '<') {
            charset = StandardCharsets.UTF_16BE;
            skip = b0 == 0 ? 0 : 2;
        } else if (b0 == 0xff && b1 == 0xfe || b0 == '<' && b1 == 0) {
            charset = StandardCharsets.UTF_16LE;
            skip = b0 == '<' ? 0 : 2;
        }
        String prolog = new String(head, skip, head.length - skip, charset);
        int at = 0;
        while (true) {
            while (at < prolog.length() && " \t\r\n".indexOf(prolog.charAt(at)) >= 0) {
                at++;
            }
            if (more && prolog.length() - at < 4) {
                return "has more than " + MAX_PROLOG + " bytes before its first element, where Office documents have a "
                        + "few dozen.";
            }
            if (at >= prolog.length()) {
                return null;
            }
            int close;
            if (prolog.startsWith("<?", at)) {
                close = prolog.indexOf("?>", at + 2);
                if (close >= 0 && prolog.regionMatches(true, at + 2, "xml", 0, 3)) {
                    // A parser that read the declaration in one encoding switches to the one it names.
                    Matcher encoding = ENCODING.matcher(prolog.substring(at, close));
                    String read = charset == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
                    if (encoding.find() && !encoding.group(1).equalsIgnoreCase(read)) {
                        return notUnicode();
                    }
                }
                close = close < 0 ? close : close + 2;
            } else if (prolog.startsWith("<!--", at)) {
                close = prolog.indexOf("-->", at + 4);
                close = close < 0 ? close : close + 3;
            } else if (prolog.startsWith("<!", at)) {
                return "declares a DTD (<!DOCTYPE); Office documents carry none (ECMA-376 Part 2, Open Packaging "
                        + "Conventions), and a DTD's entities make a reader fetch other files or expand without end.";
            } else if (prolog.charAt(at) == '<' && at + 1 < prolog.length() && nameStart(prolog.charAt(at + 1))) {
                return null;
            } else {
                return notUnicode();
            }
            if (close < 0) {
                return more ? "has more than " + MAX_PROLOG + " bytes before its first element, where Office documents "
                        + "have a few dozen." : null;
            }
            at = close;
        }
    }

    /** Whether the character may begin an element's name (a NUL after '<' is UCS-4 read as UTF-16). */
    private static boolean nameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static String notUnicode() {
        return "is not XML in UTF-8 or UTF-16, the only encodings of Office documents (ECMA-376 Part 2).";
    }

    private static Refused zip64() {
        return new Refused("The archive is a ZIP64 archive; no document under the service's file limit needs one.");
    }

    private static Refused disagreeing() {
        return new Refused("The archive's central directory does not list the entries the archive holds, one after the "
                + "other: entries hidden from some readers, sharing their bytes or renamed, as in ZIP bombs and in files "
                + "built to look different to different readers.");
    }

    private static boolean escapes(String name) {
        return name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || Arrays.asList(name.split("/")).contains("..");
    }

    private static byte[] readFully(Bytes archive, long offset, int length) throws IOException {
        try (InputStream in = archive.read(offset, length)) {
            return readExactly(in, length);
        }
    }

    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new EOFException("archive shorter than its directory says");
        }
        return bytes;
    }

    private static ByteBuffer littleEndian(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A number of bytes as people read it: 512 bytes, 97 KiB, 10 MiB, 11.5 MiB. */
    private static String amount(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double kib = bytes / 1024.0;
        String amount = kib < 1024 ? String.format(Locale.ROOT, "%.1f KiB", kib)
                : String.format(Locale.ROOT, "%.1f MiB", kib / 1024);
        return amount.replace(".0 ", " ");
    }
}
