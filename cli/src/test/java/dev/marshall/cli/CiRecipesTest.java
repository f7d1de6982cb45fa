package dev.marshall.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes of docs/ci.md run here as they run in CI: docs/ci.md includes
 * docs/ci/github-actions.yml, docs/ci/gitlab-ci.yml and docs/ci/marshall-ci.sh
 * verbatim (checked), and every step of each recipe that calls marshall-ci.sh
 * is taken from the recipe's file and run with bash, with the variables the CI
 * service would set, in a git repository made of the sample folder
 * (src/test/resources/ci-sample: a base commit and a pull request's head).
 * {@code marshall} is this build's command line. Only the steps that talk to
 * GitHub or GitLab (upload, comment, artifact) are left out: they need the service.
 */
class CiRecipesTest {
    private static final Path DOCS = Path.of("../docs");
    private static final Path SAMPLE = Path.of("src/test/resources/ci-sample");

    @TempDir
    Path tmp;

    private Path repository;
    private String base;
    private Map<String, String> env;

    @BeforeEach
    void sampleRepository() throws Exception {
        repository = tmp.resolve("repository");
        copyTree(SAMPLE.resolve("base"), repository);
        Path script = repository.resolve("ci/marshall-ci.sh");
        Files.createDirectories(script.getParent());
        Files.copy(DOCS.resolve("ci/marshall-ci.sh"), script);
        script.toFile().setExecutable(true);
        run(repository, Map.of(), "git init -q && git config user.email ci@example.org && git config user.name CI"
                + " && git add -A && git commit -q -m base");
        base = run(repository, Map.of(), "git rev-parse HEAD").strip();
        deleteTree(repository.resolve("proposals"));
        copyTree(SAMPLE.resolve("head"), repository);
        run(repository, Map.of(), "git add -A && git commit -q -m 'the pull request'");

        Path marshall = tmp.resolve("bin/marshall");
        Files.createDirectories(marshall.getParent());
        String flags = Runtime.version().feature() >= 23 ? "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow" : "";
        Files.writeString(marshall, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' " + flags
                + " -cp '" + System.getProperty("java.class.path") + "' dev.marshall.cli.Marshall \"$@\"\n");
        Files.setPosixFilePermissions(marshall, PosixFilePermissions.fromString("rwxr-xr-x"));
        env = new HashMap<>(Map.of("MARSHALL", marshall.toString(), "MARSHALL_RUNS", "40"));
    }

    @Test
    void theDocIncludesTheRecipesVerbatim() throws IOException {
        String doc = Files.readString(DOCS.resolve("ci.md"), StandardCharsets.UTF_8);
        for (String[] file : new String[][] {{"github-actions.yml", "yaml"}, {"gitlab-ci.yml", "yaml"}, {"marshall-ci.sh", "bash"}}) {
            String text = Files.readString(DOCS.resolve("ci").resolve(file[0]), StandardCharsets.UTF_8);
            assertTrue(doc.contains("```" + file[1] + "\n" + text + "```\n"), "docs/ci.md does not show docs/ci/" + file[0] + " as it is");
        }
    }

    @Test
    void theGitHubWorkflowsStepsRunOnTheSampleRepository() throws Exception {
        List<String> steps = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^\\s+run: (.*marshall-ci\\.sh.*)$").matcher(Files.readString(DOCS.resolve("ci/github-actions.yml")));
        while (m.find()) steps.add(m.group(1));
        assertEquals(List.of("ci/marshall-ci.sh check", "ci/marshall-ci.sh diff \"$BASE\"", "ci/marshall-ci.sh report"), steps);
        env.put("BASE", base);
        for (String step : steps) run(repository, env, step);
        assertResults();
    }

    @Test
    void theGitLabJobsScriptRunsOnTheSampleRepository() throws Exception {
        String recipe = Files.readString(DOCS.resolve("ci/gitlab-ci.yml"));
        String block = recipe.substring(recipe.indexOf("\n  script:\n") + 11, recipe.indexOf("\n  artifacts:"));
        List<String> lines = new ArrayList<>();
        for (String item : block.split("\n    - ")) {
            String line = item.strip().replaceFirst("^- ", "");
            // the folded item posts the note through GitLab's API: the service's part, not run here
            if (!line.startsWith(">")) lines.add(line);
        }
        assertEquals("status=0", lines.get(0));
        assertEquals("exit $status", lines.get(lines.size() - 1));
        env.put("CI_MERGE_REQUEST_DIFF_BASE_SHA", base);
        run(repository, env, String.join("\n", lines));
        assertResults();
    }

    @Test
    void aPullRequestThatIntroducesAnErrorFailsTheDiffStepButStillWritesTheComment() throws Exception {
        Path rivas = repository.resolve("proposals/rivas.marshall");
        Files.writeString(rivas, Files.readString(rivas).replace("after    = staff_certified", "after    = staff_trained"));
        run(repository, Map.of(), "git commit -q -am 'a reference to the old name'");
        env.put("BASE", base);
        Step step = bash(repository, env, "ci/marshall-ci.sh diff \"$BASE\"");
        assertEquals(1, step.exitCode(), step.output());
        String comment = Files.readString(repository.resolve("marshall-results/diff.md"));
        assertTrue(comment.contains("- introduced: `proposals/rivas.marshall:113:14: error[E010]: unknown name 'staff_trained'`"), comment);
    }

    private void assertResults() throws IOException {
        Path results = repository.resolve("marshall-results");
        String sarif = Files.readString(results.resolve("marshall.sarif"));
        // rivas checks clean; the module (lib/shared.marshall) would be E018 and fail the step had it been checked alone
        assertTrue(sarif.contains("\"version\": \"2.1.0\"") && sarif.contains("\"results\": []"), sarif);
        String comment = Files.readString(results.resolve("diff.md"));
        assertTrue(comment.startsWith("## Marshall diff: `marshall-results/base/proposals/rivas.marshall` → `proposals/rivas.marshall`"), comment);
        assertTrue(comment.contains("| renamed | milestone | `staff_trained` → `staff_certified` |"), comment);
        assertTrue(comment.contains("Both revisions simulated with the same seed (40 runs, seed 1)."), comment);
        assertTrue(Files.isRegularFile(results.resolve("report/proposals_rivas/index.html")), "no report");
    }

    private static String run(Path dir, Map<String, String> env, String command) throws Exception {
        Step step = bash(dir, env, command);
        assertEquals(0, step.exitCode(), command + "\n" + step.output());
        return step.output();
    }

    /** What a step printed (standard output and error together) and its exit status. */
    private record Step(int exitCode, String output) {}

    private static Step bash(Path dir, Map<String, String> env, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        // the user's git configuration must not change what the recipe does
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Path log = Files.createTempFile(dir.getParent(), "step", ".log");
        builder.redirectOutput(log.toFile());
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Step(p.exitValue(), Files.readString(log));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
