package io.notewell.testing;

import static io.restassured.RestAssured.given;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Notewell started as a user starts it: the README's run command, bin/notewell, on a data directory. */
public final class NotewellProcess implements AutoCloseable {

    private final Path dataDir;
    private final Map<String, String> environment;
    public final int port;
    private Process process;
    private int starts;

    public NotewellProcess(Path dataDir, Map<String, String> environment) throws IOException {
        this.dataDir = dataDir;
        this.environment = environment;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** The server's process id (bin/notewell execs java, so this is the JVM). */
    public long pid() {
        return process.pid();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return dataDir.resolve("server-" + starts + ".log");
    }

    /**
     * Starts and waits until /health/ready answers 200 with the database check in it: Payara answers UP with no
     * checks at all while the application is still deploying.
     */
    public void start() throws IOException, InterruptedException {
        starts++;
        File basedir = new File(System.getProperty("project.basedir", "."));
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/notewell").directory(basedir)
                .redirectErrorStream(true).redirectOutput(log().toFile());
        // the embedded defaults, whatever database the rest of the suite runs against
        builder.environment().keySet().removeIf(variable -> variable.startsWith("NOTEWELL_"));
        builder.environment().put("NOTEWELL_DATA_DIR", dataDir.toString());
        builder.environment().put("NOTEWELL_PORT", Integer.toString(port));
        builder.environment().put("NOTEWELL_SKIP_BUILD", "1");
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited: " + tail());
            }
            try {
                var ready = given().baseUri(base()).get("/health/ready");
                if (ready.statusCode() == 200 && ready.asString().contains("\"database\"")) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server not ready within 3 minutes: " + tail());
    }

    /** SIGKILL: no shutdown hook, no orderly close of the database or the broker. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The first severe message of the log (where a failed start says why) and the last 3,000 characters. */
    public String tail() {
        try {
            String log = Files.readString(log());
            int severe = log.indexOf("SEVERE");
            String first = severe < 0 ? "" : "first SEVERE: " + log.substring(severe, Math.min(log.length(), severe + 2500)) + "\n...\n";
            return first + log.substring(Math.max(0, log.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The log's lines that name {@code id}, each with the line before it (JUL's header line). */
    public String linesAbout(String id) {
        try {
            List<String> lines = Files.readAllLines(log());
            StringBuilder about = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(id)) {
                    about.append(i > 0 ? lines.get(i - 1) + "\n" : "").append(lines.get(i)).append('\n');
                }
            }
            return about.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
