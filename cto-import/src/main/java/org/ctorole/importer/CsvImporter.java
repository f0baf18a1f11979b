package org.ctorole.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.validation.ProfileValidator;

/**
 * Org charts exported from HR systems as CSV: one person per row, columns found by their header
 * ({@link CsvField}) or by the mapping file. Jackson's CSV parser reads the rows (quoted fields,
 * quoted newlines); this class finds the separator ({@code ,}, {@code ;} or tab, from the header
 * line), drops Excel's UTF-8 byte-order mark and refuses text that is not UTF-8.
 */
final class CsvImporter implements Importer {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int MAX_LISTED = 20;
    private static final Set<String> INACTIVE = Set.of("inactive", "terminated", "left", "former", "departed",
            "false", "no", "0", "offboarded", "deactivated", "disabled", "suspended", "leaver");

    private final ImportMapping mapping;
    private final TitleRoles titles;

    CsvImporter(ImportMapping mapping) {
        this.mapping = mapping;
        this.titles = mapping.titleRoles();
    }

    /** One data row: where it stands and the value of each field found in the header. */
    private record Row(String source, int line, EnumMap<CsvField, String> values, Map<CsvField, String> headers) {
        String get(CsvField field) {
            String v = values.get(field);
            return v == null || v.isBlank() ? null : v.strip();
        }

        Provenance at() {
            return Provenance.line(source, line);
        }

        String column(CsvField field) {
            return headers.getOrDefault(field, field.key());
        }
    }

    @Override
    public ImportResult read(List<ImportSource> sources) {
        ImportResult.Builder result = ImportResult.builder(SourceKind.CSV.key(),
                sources.stream().map(ImportSource::name).toList()).knowsPeople();
        List<Row> rows = new ArrayList<>();
        boolean managerColumns = false;
        for (ImportSource source : sources) {
            managerColumns |= readRows(source, rows, result);
        }
        new People(result, managerColumns).build(rows);
        return result.build();
    }

    /** Reads the rows of one file; returns whether it has a manager column. */
    private boolean readRows(ImportSource source, List<Row> rows, ImportResult.Builder result) {
        String name = source.name();
        try (InputStream raw = source.open(); BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES)) {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            in.skipNBytes(bom);
            char separator = separator(head, bom);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CsvParser parser = CSV.getFactory().createParser(reader);
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            return readRows(name, parser, rows, result);
        } catch (NoSuchFileException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': no such file");
        } catch (CharacterCodingException e) {
            result.problem(Provenance.line(name, Utf8.lineOfFirstError(source)), "", "the file is not UTF-8 text:"
                    + " export it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8)");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            result.problem(Provenance.line(name, at == null ? 1 : at.getLineNr()),
                    at == null ? 1 : at.getColumnNr(), "", "malformed CSV: " + Yaml.firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            result.problem(Provenance.line(name, 1), "", "cannot read '" + name + "': " + e.getMessage());
        }
        return false;
    }

    private boolean readRows(String name, CsvParser p, List<Row> rows, ImportResult.Builder result)
            throws IOException {
        List<String> header = null;
        Map<CsvField, Integer> columns = null;
        Map<CsvField, String> headers = null;
        List<String> cells = new ArrayList<>();
        // WRAP_AS_ARRAY: the file is one list of rows, each a list of strings.
        JsonToken t = p.nextToken();
        for (t = t == JsonToken.START_ARRAY ? p.nextToken() : t; t == JsonToken.START_ARRAY; t = p.nextToken()) {
            int line = -1;
            cells.clear();
            for (t = p.nextToken(); t == JsonToken.VALUE_STRING; t = p.nextToken()) {
                if (line < 0) {
                    line = p.currentTokenLocation().getLineNr(); // where the row starts, even if a quote spans lines
                }
                cells.add(p.getText());
            }
            if (header == null) {
                header = new ArrayList<>(cells);
                columns = columns(name, line, header, result);
                if (columns == null) {
                    return false; // rows nobody can be identified in: one problem for the file, not one per row
                }
                headers = new EnumMap<>(CsvField.class);
                for (Map.Entry<CsvField, Integer> c : columns.entrySet()) {
                    headers.put(c.getKey(), header.get(c.getValue()).strip());
                }
                continue;
            }
            if (cells.stream().allMatch(String::isBlank)) {
                result.skip("row " + line, "empty row", Provenance.line(name, line));
                continue;
            }
            if (cells.size() != header.size()) {
                result.problem(Provenance.line(name, line), "", "the row has " + cells.size() + " fields, the header "
                        + header.size() + ": a separator or quote is missing or extra");
                continue;
            }
            EnumMap<CsvField, String> values = new EnumMap<>(CsvField.class);
            for (Map.Entry<CsvField, Integer> c : columns.entrySet()) {
                values.put(c.getKey(), cells.get(c.getValue()));
            }
            rows.add(new Row(name, line, values, headers));
        }
        if (header == null) {
            result.problem(Provenance.line(name, 1), "", "the file is empty: expected a header line and a row per"
                    + " person");
            return false;
        }
        return columns.keySet().stream().anyMatch(f -> f.name().startsWith("MANAGER"));
    }

    /** The column of each field: the mapping's first, then recognised headers (the most specific wins). */
    private Map<CsvField, Integer> columns(String name, int line, List<String> header, ImportResult.Builder result) {
        Provenance at = Provenance.line(name, line);
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = CsvField.normalise(header.get(i));
            Integer first = byHeader.putIfAbsent(h, i);
            if (first != null && !h.isEmpty()) {
                result.problem(at, i + 1, header.get(i).strip(), "column '" + header.get(i).strip()
                        + "' appears twice (columns " + (first + 1) + " and " + (i + 1) + "): rename one");
            }
        }
        Map<CsvField, Integer> columns = new EnumMap<>(CsvField.class);
        boolean[] used = new boolean[header.size()];
        mapping.columns().forEach((field, wanted) -> {
            Integer i = byHeader.get(CsvField.normalise(wanted));
            if (i == null) {
                result.problem(at, "columns." + field.key(), "the mapping names column '" + wanted + "' for "
                        + field.key() + ", but " + name + " has no such column; its columns are: "
                        + String.join(", ", header.stream().map(String::strip).toList()));
            } else {
                columns.put(field, i);
                used[i] = true;
            }
        });
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (used[i]) {
                continue;
            }
            Optional<CsvField> field = CsvField.recognise(header.get(i));
            if (field.isEmpty() || mapping.columns().containsKey(field.get())) {
                if (!header.get(i).isBlank()) {
                    unused.add(header.get(i).strip());
                }
                continue;
            }
            Integer other = columns.get(field.get());
            if (other == null) {
                columns.put(field.get(), i);
            } else if (field.get().rank(header.get(i)) < field.get().rank(header.get(other))) {
                unused.add(header.get(other).strip());
                columns.put(field.get(), i);
            } else {
                unused.add(header.get(i).strip());
            }
        }
        if (!unused.isEmpty()) {
            result.note(name + ": columns not used: " + String.join(", ", unused));
        }
        if (!columns.containsKey(CsvField.ID) && !columns.containsKey(CsvField.EMAIL)
                && !columns.containsKey(CsvField.NAME) && !columns.containsKey(CsvField.FIRST_NAME)
                && !columns.containsKey(CsvField.LAST_NAME)) {
            result.problem(at, "", "no column identifies people: expected a header such as Employee ID, Email,"
                    + " Name or First Name and Last Name, or name the columns in a mapping file (columns:)");
            return null;
        }
        return columns;
    }

    /** The separator of the header line: the most frequent of {@code , ; TAB} outside quotes. */
    static char separator(byte[] head, int from) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = from; i < head.length; i++) {
            byte b = head[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                comma++;
            } else if (!quoted && b == ';') {
                semicolon++;
            } else if (!quoted && b == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    /** Turns rows into people and resolves their managers among them. */
    private final class People {
        private final ImportResult.Builder result;
        private final boolean managerKnown;
        private final Ids ids = new Ids();
        private Map<String, Row> bySourceId;
        private Map<String, Row> byEmail;
        private Map<String, List<Row>> byName;
        private Map<Row, String> personId;
        private final Map<String, Optional<TitleRoles.Match>> titleCache = new HashMap<>();
        private final Map<String, Integer> unmatchedTitles = new LinkedHashMap<>();
        private final Map<String, Integer> unknownTypes = new LinkedHashMap<>();

        People(ImportResult.Builder result, boolean managerKnown) {
            this.result = result;
            this.managerKnown = managerKnown;
        }

        private void presize(int rows) {
            int capacity = Math.max(16, rows * 4 / 3 + 1);
            bySourceId = new HashMap<>(capacity);
            byEmail = new HashMap<>(capacity);
            byName = new HashMap<>(capacity);
            personId = new java.util.IdentityHashMap<>(rows);
        }

        void build(List<Row> rows) {
            presize(rows.size());
            List<Row> valid = new ArrayList<>(rows.size());
            for (Row row : rows) {
                if (identify(row)) {
                    valid.add(row);
                }
            }
            java.util.Set<Row> ok = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            ok.addAll(valid);
            for (Row row : rows) {
                if (personId.containsKey(row)) {
                    ImportedPerson person = person(row); // also for rows in error, to report all their problems
                    if (ok.contains(row)) {
                        result.person(person, row.at());
                    }
                }
            }
            list("titles not in the title table (people with them get the role OTHER unless the profile says"
                    + " otherwise; add rows under titles: in a mapping file)", unmatchedTitles);
            list("employment types not recognised (engagement left as the profile has it, FULL_TIME for new"
                    + " people; map them under engagements: in a mapping file)", unknownTypes);
        }

        private void list(String what, Map<String, Integer> counts) {
            if (counts.isEmpty()) {
                return;
            }
            List<String> shown = new ArrayList<>();
            counts.entrySet().stream().limit(MAX_LISTED).forEach(e -> shown.add("'" + e.getKey() + "' ("
                    + e.getValue() + ")"));
            result.note(what + ": " + String.join(", ", shown)
                    + (counts.size() > MAX_LISTED ? " and " + (counts.size() - MAX_LISTED) + " more" : ""));
        }

        /** Checks a row's identity and indexes it; false when it is skipped or wrong. */
        private boolean identify(Row row) {
            String status = row.get(CsvField.STATUS);
            if (status != null && INACTIVE.contains(status.toLowerCase(Locale.ROOT))) {
                result.skip(describe(row), "inactive (" + row.column(CsvField.STATUS) + ": " + status + ")",
                        row.at());
                return false;
            }
            String sourceId = row.get(CsvField.ID);
            String email = row.get(CsvField.EMAIL);
            String name = name(row);
            boolean ok = true;
            if (sourceId == null && email == null && name == null) {
                result.problem(row.at(), "", "the row has no id, e-mail or name: fill one in or delete the row");
                return false;
            }
            if (email != null && !ProfileValidator.EMAIL.matcher(email).matches()) {
                result.problem(row.at(), row.column(CsvField.EMAIL), "'" + email + "' is not an e-mail address");
                ok = false;
            }
            if (sourceId != null) {
                Row first = bySourceId.putIfAbsent(sourceId, row);
                if (first != null) {
                    result.problem(row.at(), row.column(CsvField.ID), "duplicate id '" + sourceId + "' (also "
                            + first.at() + ")");
                    ok = false;
                }
            }
            if (email != null) {
                Row first = byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), row);
                if (first != null) {
                    result.problem(row.at(), row.column(CsvField.EMAIL), "duplicate e-mail '" + email + "' (also "
                            + first.at() + ")");
                    ok = false;
                }
            }
            if (name != null) {
                byName.computeIfAbsent(Ids.nameKey(name), k -> new ArrayList<>(1)).add(row);
            }
            personId.put(row, ids.assign(Ids.localPart(email), name, sourceId));
            return ok;
        }

        private String describe(Row row) {
            String name = name(row);
            String id = row.get(CsvField.ID);
            return name != null ? "'" + name + "'" : id != null ? "'" + id + "'" : "row " + row.line();
        }

        private ImportedPerson person(Row row) {
            List<org.ctorole.model.profile.Role> roles = List.of();
            Engagement engagement = null;
            String title = row.get(CsvField.TITLE);
            if (title != null) {
                Optional<TitleRoles.Match> match = roles(title, row.get(CsvField.DEPARTMENT));
                if (match.isPresent()) {
                    roles = match.get().roles();
                    engagement = match.get().engagement().orElse(null);
                } else {
                    unmatchedTitles.merge(title, 1, Integer::sum);
                }
            }
            if (engagement == null) {
                engagement = engagement(row);
            }
            return new ImportedPerson(personId.get(row), name(row), Optional.ofNullable(row.get(CsvField.EMAIL)),
                    roles, Optional.ofNullable(engagement), managerKnown,
                    Optional.ofNullable(managerKnown ? manager(row) : null));
        }

        private Optional<TitleRoles.Match> roles(String title, String department) {
            String key = department == null ? title : title + "\u0000" + department;
            return titleCache.computeIfAbsent(key, k -> {
                Optional<TitleRoles.Match> m = titles.match(title);
                if (m.isEmpty() && department != null) {
                    m = titles.match(department + " " + title);
                    if (m.isEmpty()) {
                        m = titles.match(title + " " + department);
                    }
                }
                return m;
            });
        }

        private Engagement engagement(Row row) {
            String type = row.get(CsvField.EMPLOYMENT_TYPE);
            if (type != null) {
                Engagement mapped = mapping.engagements().get(type.toLowerCase(Locale.ROOT));
                Engagement e = mapped != null ? mapped : Engagements.standard(type);
                if (e != null) {
                    return e;
                }
                unknownTypes.merge(type, 1, Integer::sum);
            }
            String fte = row.get(CsvField.FTE);
            if (fte != null) {
                Double share = Engagements.fte(fte);
                if (share == null) {
                    result.problem(row.at(), row.column(CsvField.FTE), "'" + fte + "' is not an FTE: expected a"
                            + " number such as 0.5, 1 or 80%");
                    return null;
                }
                return share < 1.0 ? Engagement.FRACTIONAL : Engagement.FULL_TIME;
            }
            return null;
        }

        /** The manager's person id, a reference for the merge, or {@code null} for none. */
        private String manager(Row row) {
            String byId = row.get(CsvField.MANAGER_ID);
            if (byId != null) {
                return resolve(row, CsvField.MANAGER_ID, byId, true, false, false);
            }
            String byMail = row.get(CsvField.MANAGER_EMAIL);
            if (byMail != null) {
                return resolve(row, CsvField.MANAGER_EMAIL, byMail, false, true, false);
            }
            String byName = row.get(CsvField.MANAGER_NAME);
            if (byName != null) {
                return resolve(row, CsvField.MANAGER_NAME, byName, false, false, true);
            }
            String any = row.get(CsvField.MANAGER);
            return any == null ? null : resolve(row, CsvField.MANAGER, any, true, true, true);
        }

        private String resolve(Row row, CsvField column, String value, boolean id, boolean email, boolean name) {
            Row manager = null;
            if (id) {
                manager = bySourceId.get(value);
            }
            if (manager == null && email) {
                manager = byEmail.get(value.toLowerCase(Locale.ROOT));
            }
            if (manager == null && name) {
                List<Row> named = byName.getOrDefault(Ids.nameKey(value), List.of());
                if (named.size() > 1) {
                    result.problem(row.at(), row.column(column), "manager '" + value + "' is ambiguous: "
                            + String.join(", ", named.stream().map(r -> r.at().toString()).toList())
                            + " have that name; give the manager's id or e-mail instead");
                    return null;
                }
                manager = named.isEmpty() ? null : named.get(0);
            }
            if (manager == row) {
                result.problem(row.at(), row.column(column), "'" + value + "' is the person of the row: a person"
                        + " cannot report to themself");
                return null;
            }
            // Not in these files: the merge looks for them in the profile, and reports them if absent there too.
            return manager == null ? value : personId.get(manager);
        }

        private String name(Row row) {
            String name = row.get(CsvField.NAME);
            if (name != null) {
                return name;
            }
            String first = row.get(CsvField.FIRST_NAME);
            String last = row.get(CsvField.LAST_NAME);
            if (first == null && last == null) {
                return null;
            }
            return first == null ? last : last == null ? first : first + " " + last;
        }
    }

}
