package org.ctorole.bench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a run was measured on: cores, CPU model and JVM, and its load, which on a machine
 * shared with other builds says how far to trust a figure.
 *
 * <pre>{@code
 * Machine m = Machine.current();   // "2 cores, AMD EPYC, OpenJDK 64-Bit Server VM 17.0.15+6"
 * }</pre>
 *
 * @param cores processors available to the JVM
 * @param cpu   the CPU model ({@code /proc/cpuinfo}), or the architecture when unknown
 * @param jvm   VM name and runtime version
 * @param os    OS name and version
 */
public record Machine(int cores, String cpu, String jvm, String os) {

    public static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String line : lines) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the architecture is all we know
        }
        return System.getProperty("os.arch");
    }

    /** The one-minute load average ({@code /proc/loadavg}), NaN when unknown. */
    public static double load() {
        try {
            String text = Files.readString(Path.of("/proc/loadavg")).trim();
            return Double.parseDouble(text.substring(0, text.indexOf(' ')));
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d cores, %s, %s, %s", cores, cpu, jvm, os);
    }
}
