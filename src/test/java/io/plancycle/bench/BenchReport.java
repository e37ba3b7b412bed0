package io.plancycle.bench;

import io.plancycle.support.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a benchmark prints: lines of a small table, shown on stdout and kept in {@code target/bench/<name>.txt}, headed
 * by the date, the machine's cores, the JVM's maximum heap and the database (the H2 file, or the PostgreSQL server that
 * {@code -Dbench.postgresql} names, {@link TestDatabase}). Also the medians and percentiles of its samples.
 */
final class BenchReport {

    private final String name;
    private final List<String> lines = new ArrayList<>();

    BenchReport(String name, String title) {
        this.name = name;
        line("== %s", title);
        String server = System.getProperty(TestDatabase.SERVER, "");
        line("%s, %d cores, Java %s, max heap %d MB, %s", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / HeapWatch.MB, server.isBlank() ? "H2 file" : "PostgreSQL " + server);
    }

    BenchReport line(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
        return this;
    }

    /** Prints the report and writes it to {@code target/bench/<name>.txt}. */
    void print() {
        String text = String.join(System.lineSeparator(), lines) + System.lineSeparator();
        System.out.println(System.lineSeparator() + text);
        try {
            Path file = Path.of("target", "bench", name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code p}-th percentile (nearest rank) of the samples: 50 for the median, 90 for p90. */
    static double percentile(List<? extends Number> samples, int p) {
        List<Double> sorted = samples.stream().map(Number::doubleValue).sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
