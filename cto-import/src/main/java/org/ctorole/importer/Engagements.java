package org.ctorole.importer;

import java.util.Locale;
import org.ctorole.model.profile.Engagement;

/** Engagement from the employment types and FTE figures of HR exports and SCIM's {@code userType}. */
final class Engagements {
    private Engagements() {
    }

    /** The standard reading of an employment type, or {@code null} when it says nothing about engagement. */
    static Engagement standard(String type) {
        String t = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return switch (t) {
            case "full time", "fulltime", "permanent", "regular", "employee", "salaried", "ft" -> Engagement.FULL_TIME;
            case "part time", "parttime", "fractional", "pt" -> Engagement.FRACTIONAL;
            case "interim", "temporary", "temp", "fixed term", "acting" -> Engagement.INTERIM;
            default -> null;
        };
    }

    /** An FTE share: {@code 0.8}, {@code 1}, {@code 80%} or {@code 80} (a percentage when above 1.5); null if not a number. */
    static Double fte(String text) {
        String t = text.strip().replace(',', '.');
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isNaN(v) || v < 0) {
                return null;
            }
            return percent || v > 1.5 ? v / 100 : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
