package com.gazettesearch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Every entry under a corpus directory, folders read recursively (users keep gazettes by year and region): each
 * one is either a gazette file to read or a {@link SkippedFile} saying why not, so nothing is passed over without a
 * word. Names are paths relative to the corpus directory with {@code /} ({@code 2024/渌口区/一月.txt}); a file at the
 * top keeps its bare name, and with it its document ids.
 *
 * <p>Nothing outside the corpus directory is ever read, and nothing is read twice: symbolic links are not followed.
 * A link out of the directory is listed as such (a {@code .txt} link to /etc/passwd used to be read), a link to a
 * file inside it is listed as read under that file's own name, a dangling link as dangling. Fifos, sockets and
 * devices are listed and never opened (reading a fifo blocks). Hidden entries ({@code .git}, {@code .DS_Store}) are
 * listed once, without descending into them.
 */
public final class CorpusWalk {
    /** A regular gazette file: its name relative to the corpus, where it is, and its size in bytes. */
    public record Entry(String name, Path path, long size) {
    }

    /** The gazette files in name order, and every other entry with its reason, in name order. */
    public record Result(List<Entry> files, List<SkippedFile> skipped) {
        public Result {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private CorpusWalk() {
    }

    /** The formats read, as the summary names them. */
    private static final String READ = ".txt, .md, .html, .pdf, .docx and .doc";

    /**
     * True for the names the corpus reader reads: {@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .pdf},
     * {@code .docx} and {@code .doc}, any case. A file of another name whose first bytes are a PDF's is read too.
     */
    public static boolean isGazetteName(String name) {
        return CorpusReader.isCorpusFile(Path.of(name));
    }

    /** Walks {@code dir}; throws only when the directory itself cannot be read. */
    public static Result of(Path dir) {
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus directory " + dir, e);
        }
        Visitor visitor = new Visitor(root);
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE, visitor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus directory " + dir, e);
        }
        visitor.files.sort(Comparator.comparing(Entry::name));
        visitor.skipped.sort(Comparator.comparing(SkippedFile::fileName));
        return new Result(visitor.files, visitor.skipped);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        final List<Entry> files = new ArrayList<>();
        final List<SkippedFile> skipped = new ArrayList<>();
        /** Entries seen in each open directory, to list the empty ones. */
        private final Deque<int[]> entriesPerDirectory = new ArrayDeque<>();

        Visitor(Path root) {
            this.root = root;
        }

        private String name(Path p) {
            return root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
        }

        private void skip(Path p, String reason) {
            skipped.add(new SkippedFile(name(p), reason));
        }

        private void counted() {
            if (!entriesPerDirectory.isEmpty()) {
                entriesPerDirectory.peek()[0]++;
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root)) {
                counted();
                if (hidden(dir)) {
                    skip(dir, "hidden directory: not read");
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            entriesPerDirectory.push(new int[1]);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
            int entries = entriesPerDirectory.pop()[0];
            if (failure != null) {
                skip(dir, "cannot read the rest of this directory: " + failure);
            } else if (entries == 0 && !dir.equals(root)) {
                skip(dir, "empty directory: nothing to read");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) {
            counted();
            skip(file, "cannot read: " + failure);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            counted();
            String fileName = file.getFileName().toString();
            if (attrs.isSymbolicLink()) {
                skip(file, link(file));
            } else if (attrs.isOther()) {
                skip(file, "not a regular file (" + kindOfSpecialFile(file) + "): not read");
            } else if (hidden(file)) {
                skip(file, "hidden file: not read");
            } else if (!attrs.isRegularFile()) {
                skip(file, "not a regular file: not read");
            } else if (!isGazetteName(fileName) && !CorpusReader.isPdf(file)) {
                skip(file, "unsupported format (" + extension(fileName) + "; only " + READ + " are read)");
            } else {
                files.add(new Entry(name(file), file, attrs.size()));
            }
            return FileVisitResult.CONTINUE;
        }

        /** Why a link is not read: where it leads, never what is there. */
        private String link(Path link) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (NoSuchFileException e) {
                return "dangling symbolic link (to " + readLink(link) + "): nothing to read";
            } catch (IOException e) {
                return "symbolic link that cannot be resolved (" + e + "): not followed";
            }
            if (!target.startsWith(root)) {
                return "symbolic link to " + target + ", outside the corpus: not followed";
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return "symbolic link to the folder " + name(target)
                        + " inside the corpus: not followed; its files are read under their own names";
            }
            return "symbolic link to " + name(target) + " inside the corpus: not followed; that file is read under"
                    + " its own name";
        }

        private static String readLink(Path link) {
            try {
                return Files.readSymbolicLink(link).toString();
            } catch (IOException e) {
                return "?";
            }
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "no extension" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** fifo, socket or device, from the Unix file mode where the platform has one. */
    private static String kindOfSpecialFile(Path p) {
        try {
            Object mode = Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            int type = ((Integer) mode) & 0170000;
            return switch (type) {
                case 0010000 -> "a fifo";
                case 0140000 -> "a socket";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // Not a Unix file system: the kind is unknown, the file is still not read.
            return "a special file";
        }
    }
}
