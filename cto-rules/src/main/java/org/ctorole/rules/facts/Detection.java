package org.ctorole.rules.facts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctorole.rules.Severity;

/**
 * What a rule inserts when it fires; the assessor turns detections into findings, adding the
 * rule's recommendation, harmed areas and source, and applying waivers.
 *
 * <pre>{@code insert(Detection.of("orphaned-knowledge", $area, Severity.CRITICAL, "...", "experts", 0));}</pre>
 */
public record Detection(String ruleId, String subject, Severity severity, String message,
                        Map<String, Object> evidence) {

    public Detection {
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    }

    /** A detection with evidence given as name, value, name, value, ... */
    public static Detection of(String ruleId, String subject, Severity severity, String message,
                               Object... evidence) {
        if (evidence.length % 2 != 0) {
            throw new IllegalArgumentException("evidence must be name/value pairs: " + ruleId);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < evidence.length; i += 2) {
            map.put(String.valueOf(evidence[i]), evidence[i + 1]);
        }
        return new Detection(ruleId, subject, severity, message, map);
    }

    /** A number for a message: whole numbers without a decimal point ({@code 33}, {@code 0.65}). */
    public static String number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? Long.toString((long) value) : Double.toString(value);
    }
}
