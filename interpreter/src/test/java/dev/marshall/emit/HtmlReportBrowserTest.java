package dev.marshall.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.marshall.emit.html.HtmlReport;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: Debian's headless Chromium loads index.html
 * from disk with networking off, and the test checks that the page logs no
 * console error, that every section is in the rendered DOM, and that a
 * screenshot is not blank. Skipped (an assumption, not a failure) when
 * Chromium is not installed, unless the environment says the browser tests
 * are required ({@code MARSHALL_BROWSER_TESTS=required}, which CI sets after
 * {@code apt-get install -y chromium}): then a missing browser fails.
 *
 * <p>Override the browser with {@code -Dmarshall.chromium=/path/to/chromium}.
 */
class HtmlReportBrowserTest {
    /** Chromium's log line for a page's console message: {@code [pid:tid:time:INFO:CONSOLE:1] "message", source: …}. */
    private static final Pattern CONSOLE = Pattern.compile("(?m)^.*:CONSOLE[:(]\\d+.*$");

    @TempDir
    static Path work;

    static Path chromium;
    static Path index;

    @BeforeAll
    static void writeTheReport() throws Exception {
        chromium = findChromium();
        if (chromium == null && "required".equals(System.getenv("MARSHALL_BROWSER_TESTS"))) {
            throw new AssertionError("MARSHALL_BROWSER_TESTS=required but no chromium was found (apt-get install -y chromium)");
        }
        Path report = work.resolve("report");
        ReportWriter.write(report, GoldenFormatsTest.sialkot());
        index = report.resolve(ReportWriter.INDEX);
    }

    @Test
    void everySectionIsRenderedAndNothingIsLoggedToTheConsole() throws Exception {
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Run run = chromium(List.of("--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", index.toUri().toString()));
        assertEquals(0, run.exitCode(), run.err());
        String dom = run.out();
        assertTrue(dom.contains("</html>"), "the DOM was dumped: " + dom.length() + " chars");
        for (String[] section : HtmlReport.SECTIONS) {
            assertTrue(dom.contains("<section id=\"" + section[0] + "\""), "section " + section[0] + " is missing");
            assertTrue(dom.contains(">" + section[1] + "</h2>"), "heading " + section[1] + " is missing");
        }
        assertTrue(count(dom, "<svg") >= 4 + 5, "Gantt, network, results chain, spend and one trajectory per indicator");
        assertTrue(dom.contains("class=\"trajectory\" id=\"indicator-worker_income\""));
        assertTrue(dom.contains("First joint purchase of inputs"), "milestones appear");
        assertEquals(List.of(), consoleMessages(run.err()), "console messages of the page");
    }

    @Test
    void theConsoleCheckSeesAPageThatLogsAnError() throws Exception {
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Path broken = work.resolve("broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><p>x</p><script>console.error('boom'); missing();</script></body></html>");
        Run run = chromium(List.of("--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom", broken.toUri().toString()));
        List<String> console = consoleMessages(run.err());
        assertEquals(2, console.size(), run.err());
        assertTrue(console.get(0).contains("boom"), console.get(0));
    }

    private static List<String> consoleMessages(String log) {
        List<String> console = new ArrayList<>();
        Matcher m = CONSOLE.matcher(log);
        while (m.find()) console.add(m.group());
        return console;
    }

    @Test
    void theScreenshotIsNotBlank() throws Exception {
        assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Path png = work.resolve("report.png");
        Run run = chromium(List.of("--hide-scrollbars", "--window-size=1280,2400", "--screenshot=" + png, index.toUri().toString()));
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) colours.add(image.getRGB(x, y) & 0xFFFFFF);
        }
        assertTrue(colours.size() > 200, "a rendered report has many colours (text, charts, badges); found " + colours.size());
        int navy = 0;
        for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, 20) & 0xFFFFFF) == 0x1F3A5F) navy++;
        assertTrue(navy > image.getWidth() / 2, "the masthead is drawn across the top");
    }

    private record Run(int exitCode, String out, String err) {}

    private static Run chromium(List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                // Networking off: every host resolves nowhere, so the page can only use what it carries.
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9"));
        command.addAll(arguments);
        File out = work.resolve("chromium.out").toFile();
        File err = work.resolve("chromium.err").toFile();
        Process process = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return new Run(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    private static Path findChromium() {
        String configured = System.getProperty("marshall.chromium", "");
        List<String> candidates = configured.isEmpty()
                ? List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome") : List.of(configured);
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
        return n;
    }
}
