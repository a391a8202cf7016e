package com.gazettesearch.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte: the request line and headers are sent exactly as given (a
 * {@code %u4e2d}, a bare {@code %}, raw bytes, an odd method), which {@link java.net.http.HttpClient} and
 * {@link java.net.URI} refuse to build. One request per connection ({@code Connection: close}); the response is
 * read to the end of the stream within a deadline.
 */
public final class RawHttp {
    private final String host;
    private final int port;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** A response as received; {@code status} is -1 when the server closed without a status line. */
    public record Response(int status, List<Map.Entry<String, String>> headers, byte[] body, long millis) {
        public Optional<String> header(String name) {
            return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The server did not answer within the deadline. */
    public static final class Timeout extends IOException {
        private static final long serialVersionUID = 1L;

        Timeout(String message) {
            super(message);
        }
    }

    /** {@code method target} with a Host header and {@code Connection: close}; the target is sent as UTF-8. */
    public Response send(String method, String target, Duration deadline) throws IOException {
        return send(request(method, target.getBytes(StandardCharsets.UTF_8), List.of()), deadline);
    }

    /** A request head: request line, Host, the extra header lines as given, {@code Connection: close}. */
    public byte[] request(String method, byte[] target, List<String> extraHeaders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(target);
        StringBuilder head = new StringBuilder(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port).append("\r\n");
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Sends {@code request} (a whole request, head and any body) and reads the answer. */
    public Response send(byte[] request, Duration deadline) throws IOException {
        long started = System.nanoTime();
        long until = started + deadline.toNanos();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, deadline.toMillis()));
            socket.setSoTimeout(100);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            while (true) {
                if (System.nanoTime() > until) {
                    throw new Timeout("no complete answer within " + deadline.toMillis() + " ms");
                }
                int n;
                try {
                    n = in.read(buffer);
                } catch (SocketTimeoutException e) {
                    continue;
                }
                if (n < 0) {
                    break;
                }
                received.write(buffer, 0, n);
            }
            return parse(received.toByteArray(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static Response parse(byte[] raw, long millis) {
        int headEnd = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (headEnd < 0) {
            return new Response(-1, List.of(), raw, millis);
        }
        String[] lines = new String(raw, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status;
        try {
            status = statusLine.length >= 2 ? Integer.parseInt(statusLine[1]) : -1;
        } catch (NumberFormatException e) {
            status = -1;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).strip();
                String value = lines[i].substring(colon + 1).strip();
                headers.add(Map.entry(name, value));
                chunked |= name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
        return new Response(status, List.copyOf(headers), chunked ? dechunk(body) : body, millis);
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, at, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";", 2)[0].strip();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            int end = Math.min(body.length, start + size);
            out.write(body, start, end - start);
            at = end + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, 0, needle);
    }

    private static int indexOf(byte[] haystack, int from, byte[] needle) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
