package com.gazettesearch.readme;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The example requests of the README and what it says they answer. The convention, for anyone editing the
 * README: in a {@code ```bash} block, a {@code curl} command against {@code localhost:7070} is an example; the
 * {@code #} comment lines right under it are its documented response: optionally the status first
 * ({@code # 404 {"error":…}}; 200 when not given), then either JSON in the notation of {@link DocumentedJson}
 * or prose, which is not checked. A blank line or a line that is not a comment ends the response. The
 * command may pipe to {@code jq FILTER}: the documented response is then jq's output.
 */
final class ReadmeExamples {
    /** The host and port the README's examples use. */
    static final String HOST = "localhost:7070";

    /**
     * One example: where it is, the command as written, the request it makes (path and query, encoded as curl
     * sends it), and what the README says it answers.
     */
    record Example(int line, String command, String pathAndQuery, Optional<String> jqFilter, int status,
                   Optional<DocumentedJson.Pattern> body) {
        @Override
        public String toString() {
            return "README.md:" + line + " " + command;
        }
    }

    private ReadmeExamples() {
    }

    /** Every example of {@code readme}, in order. */
    static List<Example> of(String readme) {
        List<String> lines = readme.lines().toList();
        List<Example> examples = new ArrayList<>();
        boolean inBash = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBash = !inBash && line.strip().equals("```bash");
                continue;
            }
            if (!inBash || !line.contains("curl ") || !line.contains(HOST)) {
                continue;
            }
            int first = i;
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            StringBuilder response = new StringBuilder();
            while (i + 1 < lines.size() && lines.get(i + 1).stripLeading().startsWith("#")) {
                String comment = lines.get(++i).stripLeading().substring(1);
                response.append(comment.startsWith(" ") ? comment.substring(1) : comment).append('\n');
            }
            examples.add(example(first + 1, command.toString().strip(), response.toString()));
        }
        return examples;
    }

    private static Example example(int line, String command, String response) {
        List<String> words = shellWords(command);
        int pipe = words.indexOf("|");
        List<String> curl = pipe >= 0 ? words.subList(0, pipe) : words;
        String pathAndQuery = request(curl, line);
        Optional<String> jq = Optional.empty();
        if (pipe >= 0) {
            List<String> after = words.subList(pipe + 1, words.size());
            if (after.size() != 2 || !after.get(0).equals("jq")) {
                throw new IllegalArgumentException("README.md:" + line + ": only '| jq FILTER' is understood after curl");
            }
            jq = Optional.of(after.get(1));
        }

        String text = response.strip();
        int status = 200;
        Matcher m = java.util.regex.Pattern.compile("^(\\d{3})(\\s|$)").matcher(text);
        if (m.find()) {
            status = Integer.parseInt(m.group(1));
            text = text.substring(m.end()).strip();
        }
        Optional<DocumentedJson.Pattern> body = Optional.empty();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                body = Optional.of(DocumentedJson.parse(text, 0).pattern());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("README.md:" + line + ": the documented response is not readable: "
                        + e.getMessage(), e);
            }
        }
        return new Example(line, command, pathAndQuery, jq, status, body);
    }

    /** The path and query curl requests for these arguments ({@code -G} appends the data to the query). */
    private static String request(List<String> curl, int line) {
        String url = null;
        boolean get = false;
        List<String> data = new ArrayList<>();
        for (int i = 1; i < curl.size(); i++) {
            String word = curl.get(i);
            switch (word) {
                case "--data-urlencode" -> data.add(urlEncodeData(curl.get(++i)));
                case "-d", "--data" -> data.add(curl.get(++i));
                case "-G", "--get" -> get = true;
                default -> {
                    if (word.startsWith("-") && !word.startsWith("--")) {
                        // Bundled short flags: -s, -sG, -sS …; none of them takes a value here.
                        get |= word.contains("G");
                    } else if (word.contains(HOST)) {
                        url = word;
                    } else {
                        throw new IllegalArgumentException("README.md:" + line + ": curl argument not understood: " + word);
                    }
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("README.md:" + line + ": no URL");
        }
        if (!data.isEmpty() && !get) {
            throw new IllegalArgumentException("README.md:" + line + ": data without -G would be a POST; examples are GETs");
        }
        String pathAndQuery = encodeUrl(url.substring(url.indexOf(HOST) + HOST.length()));
        if (!data.isEmpty()) {
            pathAndQuery += (pathAndQuery.contains("?") ? "&" : "?") + String.join("&", data);
        }
        return pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    }

    /** curl's {@code --data-urlencode name=content}: the content is percent-encoded, the name is not. */
    private static String urlEncodeData(String data) {
        int eq = data.indexOf('=');
        String name = eq < 0 ? "" : data.substring(0, eq + 1);
        String content = eq < 0 ? data : data.substring(eq + 1);
        return name + URLEncoder.encode(content, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What curl sends for a URL typed with raw characters: non-ASCII and spaces as UTF-8 percent escapes. */
    private static String encodeUrl(String url) {
        StringBuilder sb = new StringBuilder();
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** A command line split as the shell splits it: quotes, backslashes, a {@code |} and a trailing comment. */
    static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < command.length()) {
                    word.append(command.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == '\\' && i + 1 < command.length()) {
                word = word == null ? new StringBuilder() : word;
                word.append(command.charAt(++i));
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else if (c == '|' && word == null) {
                words.add("|");
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unbalanced quote in: " + command);
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
