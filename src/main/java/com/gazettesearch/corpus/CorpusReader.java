package com.gazettesearch.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Placeholder corpus reader (replaced by the parse branch): reads every .txt/.md file of a directory
 * as strict UTF-8 or else GB18030 and skips files that do not decode.
 */
public class CorpusReader {

    public CorpusScan read(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches("(?i).*\\.(txt|md)"))
                    .sorted().toList();
        }
        List<SourceText> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (Path p : paths) {
            byte[] bytes = Files.readAllBytes(p);
            String text = null;
            String used = null;
            for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_8, java.nio.charset.Charset.forName("GB18030"))) {
                try {
                    text = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    used = cs.name();
                    break;
                } catch (CharacterCodingException e) {
                    // try the next charset
                }
            }
            if (text == null || text.chars().anyMatch(c -> c == 0)) {
                skipped.add(new SkippedFile(p.getFileName().toString(), "not UTF-8 or GB18030 text"));
                continue;
            }
            text = text.replace("\uFEFF", "").replace("\r\n", "\n");
            files.add(new SourceText(p.getFileName().toString(), p, text, used, sha256(text)));
        }
        return new CorpusScan(files, skipped);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
