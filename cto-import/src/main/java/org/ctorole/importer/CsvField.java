package org.ctorole.importer;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a column of an org-chart CSV holds, with the header names recognised without a mapping
 * file. Headers are compared in lower case with punctuation as spaces, so {@code "Employee_ID"},
 * {@code "employee id"} and {@code "Employee-Id"} are one header. When several columns hold the
 * same field, the header listed first here wins and the others are reported as not used.
 *
 * <pre>{@code CsvField.recognise("Reports To")   // Optional[MANAGER]}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CsvField {
    ID("id", "employee id", "employee number", "employee no", "worker id", "staff id", "person id",
            "user id", "emp id", "id"),
    EMAIL("email", "work email", "email", "email address", "work email address", "business email", "e mail", "mail"),
    NAME("name", "full name", "name", "employee name", "display name", "preferred name", "legal name", "employee"),
    FIRST_NAME("firstName", "first name", "given name", "firstname", "preferred first name"),
    LAST_NAME("lastName", "last name", "surname", "family name", "lastname"),
    MANAGER_ID("managerId", "manager id", "manager employee id", "manager employee number", "reports to id",
            "supervisor id", "line manager id"),
    MANAGER_EMAIL("managerEmail", "manager email", "reports to email", "supervisor email", "line manager email",
            "manager email address"),
    MANAGER_NAME("managerName", "manager name", "reports to name", "supervisor name", "line manager name"),
    MANAGER("manager", "manager", "reports to", "supervisor", "line manager", "direct manager"),
    TITLE("title", "job title", "title", "position", "position title", "job", "business title", "job role"),
    DEPARTMENT("department", "department", "dept", "division", "team", "org unit", "organisation unit",
            "organization unit"),
    EMPLOYMENT_TYPE("employmentType", "employment type", "employee type", "worker type", "contract type",
            "employment status type"),
    FTE("fte", "fte", "full time equivalent", "fte percent"),
    STATUS("status", "status", "employment status", "employee status", "active");

    private final String key;
    private final List<String> headers;

    CsvField(String key, String... headers) {
        this.key = key;
        this.headers = List.of(headers);
    }

    /** The key of the field in a mapping file's {@code columns:}. */
    public String key() {
        return key;
    }

    /** Recognised header names, most specific first (normalised). */
    public List<String> headers() {
        return headers;
    }

    /** The field of a mapping key such as {@code managerEmail}. */
    static CsvField ofKey(String key) {
        for (CsvField f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The field a header names, if it is one of the recognised names. */
    public static java.util.Optional<CsvField> recognise(String header) {
        String h = normalise(header);
        for (CsvField f : values()) {
            if (f.headers.contains(h)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    /** Rank of a header among the names of its field: lower is more specific. */
    int rank(String header) {
        int i = headers.indexOf(normalise(header));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
