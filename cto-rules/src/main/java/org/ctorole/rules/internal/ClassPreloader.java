package org.ctorole.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Loads, on a thread of its own, the classes that building the built-in rule base and a first
 * assessment will load (and those of the profile model, which a caller may be busy with at the
 * same time), while the caller builds the rule base. In a fresh JVM that build runs on
 * one core and is mostly class loading (some 1,300 classes of Drools and this library); loading
 * them ahead on another core takes about a fifth off the time to a first assessment (on 2 cores,
 * measured by cto-bench's {@code FirstAssessments}).
 *
 * <p>Classes are loaded without being initialised, so no static initialiser runs out of its
 * order and no lock is taken that the caller could wait for in another order. A class that is
 * missing (an older Drools, a shaded jar) is skipped: the caller loads what it needs anyway. The
 * list is a resource written by {@code ClassPreloadTest} from a fresh JVM's class-loading log;
 * {@code -Dctorole.preloadClasses=false} turns preloading off.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ClassPreloader {
    /** The classes, in the order a first assessment loads them, one binary name a line. */
    public static final String LIST = "META-INF/ctorole/cto-rules/first-assessment.classes";
    /** Set to {@code false} to turn preloading off. */
    public static final String SWITCH = "ctorole.preloadClasses";

    private ClassPreloader() {
    }

    /** Starts loading the listed classes through {@code loader} on a daemon thread, unless switched off. */
    public static void start(ClassLoader loader) {
        if (!Boolean.parseBoolean(System.getProperty(SWITCH, "true"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            for (String name : listed(loader)) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // not there or not loadable here: whoever needs it meets the same and reports it
                }
            }
        }, "ctorole-class-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static List<String> listed(ClassLoader loader) {
        List<String> names = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            names.clear(); // an optimisation only: without the list, classes load as they are needed
        }
        return names;
    }
}
