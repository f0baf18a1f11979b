package org.ctorole.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ctorole.rules.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report opened in a real headless Chromium (Debian package {@code chromium}; .ci/run
 * installs it). Every request the page could make is routed to a local proxy that only counts
 * connections: the report must make none. Skips, saying so, when no browser is present.
 */
class HtmlInBrowserTest {
    static Path chromium;
    static final Pattern BROWSER_OWN = Pattern.compile(
            "^\\S+ (https?://)?[a-z0-9.-]*\\.(google\\.com|googleapis\\.com|gstatic\\.com|gvt1\\.com)[:/ ]");

    @TempDir
    Path tmp;

    @BeforeAll
    static void findBrowser() {
        chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null,
                "SKIPPED: no headless Chromium on this machine (install the Debian package 'chromium'); "
                        + "the HTML report was not checked in a browser");
    }

    @Test
    void northwindReportRendersItsChartsAndEveryFindingWithoutAnyRequest() throws Exception {
        Path html = tmp.resolve("northwind.html");
        Files.writeString(html, Reports.render(ReportFormat.HTML, List.of(NorthwindReports.northwind()),
                ReportOptions.plain()), StandardCharsets.UTF_8);
        Path screenshot = tmp.resolve("northwind.png");

        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<String> requests = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            Thread counter = new Thread(() -> {
                while (!proxy.isClosed()) {
                    try (Socket s = proxy.accept()) {
                        s.setSoTimeout(2000);
                        String line = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(),
                                StandardCharsets.ISO_8859_1)).readLine();
                        // Chromium opens spare sockets to its proxy; only a request line is a request.
                        if (line != null && !line.isBlank()) {
                            requests.add(line);
                        }
                    } catch (IOException closed) {
                        if (proxy.isClosed()) {
                            return;
                        }
                    }
                }
            });
            counter.setDaemon(true);
            counter.start();

            String dom = chromium(proxy.getLocalPort(), "--dump-dom", html.toUri().toString());
            chromium(proxy.getLocalPort(), "--screenshot=" + screenshot, "--window-size=1280,2400",
                    html.toUri().toString());

            // Chromium itself still calls home (clock, component updates, accounts) despite the flags;
            // those go to Google's hosts and are not the page's. Anything else would be the report's.
            assertThat(requests.stream().filter(r -> !BROWSER_OWN.matcher(r).find()).toList())
                    .as("requests that left the page").isEmpty();
            assertThat(Files.size(screenshot)).as("screenshot bytes").isGreaterThan(20_000);
            assertThat(count(dom, "<svg")).isEqualTo(2);
            assertThat(count(dom, "<rect class=\"bar ")).isEqualTo(9 + 3);
            for (Finding f : NorthwindReports.northwind().assessment().findings()) {
                assertThat(dom).contains("id=\"" + HtmlReport.findingId(f.ruleId(), f.subject().id()) + "\"");
            }
        }
        // Kept for a person to look at: target/browser/northwind.png
        Path kept = Path.of("target/browser");
        Files.createDirectories(kept);
        Files.copy(screenshot, kept.resolve("northwind.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The printed report, A4 as its print style asks: few pages, nothing cut off at the page's width. */
    @Test
    void northwindPrintsOnAtMostSixA4PagesWithNothingOverflowing() throws Exception {
        String report = Reports.render(ReportFormat.HTML, List.of(NorthwindReports.northwind()), ReportOptions.plain());
        Path html = tmp.resolve("print.html");
        Files.writeString(html, report, StandardCharsets.UTF_8);
        Path pdf = tmp.resolve("northwind.pdf");

        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            chromium(proxy.getLocalPort(), "--print-to-pdf=" + pdf, "--no-pdf-header-footer", html.toUri().toString());
            // A4 is 210 mm wide; less 2 x 12 mm margins, 186 mm = 703 CSS pixels. A script added to a
            // copy of the report (the report itself has none) lists every element wider than that.
            Path probe = tmp.resolve("probe.html");
            Files.writeString(probe, report.replace("</body>", OVERFLOW_PROBE + "</body>"), StandardCharsets.UTF_8);
            String dom = chromium(proxy.getLocalPort(), "--window-size=703,1200", "--virtual-time-budget=2000",
                    "--dump-dom", probe.toUri().toString());
            Matcher overflow = Pattern.compile("data-overflow=\"([^\"]*)\"").matcher(dom);
            assertThat(overflow.find()).as("the probe ran").isTrue();
            assertThat(overflow.group(1)).as("elements wider than the printed page").isEmpty();
        }
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        int pages = count(pdfText, "/Type /Page") - count(pdfText, "/Type /Pages");
        assertThat(pages).as("printed A4 pages").isBetween(1, 6);
        Path kept = Path.of("target/browser");
        Files.createDirectories(kept);
        Files.copy(pdf, kept.resolve("northwind.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static final String OVERFLOW_PROBE = "<script>(function(){var w=document.documentElement.clientWidth,"
            + "bad=[];document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
            + "if(r.width>0&&(r.right>w+1||e.scrollWidth>e.clientWidth+1&&getComputedStyle(e).overflowX!=='visible'))"
            + "{bad.push(e.tagName+'.'+e.className);}});document.body.setAttribute('data-overflow',bad.join(' '));})();"
            + "</script>";

    private String chromium(int proxyPort, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + tmp.resolve("profile"),
                "--proxy-server=http://127.0.0.1:" + proxyPort, "--proxy-bypass-list=<-loopback>"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(tmp.resolve("chromium.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
