package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code marshall lsp} as an editor starts it (a process on stdio): it answers
 * initialize with its capabilities, writes nothing but protocol messages on
 * standard output, and exits 0 after shutdown and exit.
 */
class LspCommandTest {

    @Test
    void servesTheProtocolOnStandardStreams() throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), Marshall.class.getName(), "lsp", "--stdio").start();
        try (OutputStream in = process.getOutputStream()) {
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"untitled:a\","
                    + "\"languageId\":\"marshall\",\"version\":1,\"text\":\"actor x : nobody_knows\"}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"untitled:a\"},"
                    + "\"position\":{\"line\":0,\"character\":6}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server did not exit after exit");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        List<String> bodies = List.of(out.split("Content-Length: \\d+\r\n\r\n"));
        for (String body : bodies.subList(1, bodies.size())) assertTrue(body.startsWith("{\"jsonrpc\":\"2.0\""), "only protocol messages: " + out);
        assertTrue(out.contains("\"hoverProvider\":true") && out.contains("\"inlayHintProvider\":true"), out);
        assertTrue(out.contains("\"id\":3,\"result\":null") || out.contains("\"id\":3"), out);
        assertTrue(out.contains("textDocument/publishDiagnostics"), out);
    }

    private static void send(OutputStream in, String json) throws java.io.IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        message.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        message.write(body);
        in.write(message.toByteArray());
        in.flush();
    }
}
