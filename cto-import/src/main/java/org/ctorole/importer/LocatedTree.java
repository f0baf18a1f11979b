package org.ctorole.importer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One JSON or YAML value read into a tree together with the line and column of every value, by
 * JSON pointer, so that a problem found on the tree can name its place. Duplicate keys are
 * recorded (the first value is kept), since a second {@code owner:} would otherwise silently win.
 */
final class LocatedTree {
    private final JsonNode root;
    private final Map<String, int[]> locations;
    private final List<Duplicate> duplicateKeys;

    /** A key given again in one object, where it is given again. */
    record Duplicate(String pointer, int line, int column) {
    }

    private LocatedTree(JsonNode root, Map<String, int[]> locations, List<Duplicate> duplicateKeys) {
        this.root = root;
        this.locations = locations;
        this.duplicateKeys = duplicateKeys;
    }

    /** Reads the value the parser stands on (its current token must be set). */
    static LocatedTree read(JsonParser p) throws IOException {
        Map<String, int[]> at = new HashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        JsonNode root = value(p, "", at, duplicates);
        return new LocatedTree(root, at, duplicates);
    }

    JsonNode root() {
        return root;
    }

    /** Keys given twice in one object. */
    List<Duplicate> duplicateKeys() {
        return duplicateKeys;
    }

    /** Line of the value at the pointer, or of its nearest ancestor present. */
    int line(String pointer) {
        return locate(pointer)[0];
    }

    int column(String pointer) {
        return locate(pointer)[1];
    }

    private int[] locate(String pointer) {
        String p = pointer;
        while (true) {
            int[] found = locations.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static JsonNode value(JsonParser p, String pointer, Map<String, int[]> at, List<Duplicate> duplicates)
            throws IOException {
        JsonToken t = p.currentToken();
        JsonLocation where = p.currentTokenLocation();
        at.putIfAbsent(pointer, new int[] {where.getLineNr(), where.getColumnNr()});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (t == JsonToken.START_OBJECT) {
            ObjectNode object = nodes.objectNode();
            for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                String child = pointer + "/" + escape(name);
                JsonLocation key = p.currentTokenLocation();
                p.nextToken();
                if (object.has(name)) {
                    duplicates.add(new Duplicate(child, key.getLineNr(), key.getColumnNr()));
                    value(p, child, new HashMap<>(), duplicates);
                    continue;
                }
                at.put(child, new int[] {key.getLineNr(), key.getColumnNr()});
                object.set(name, value(p, child, at, duplicates));
            }
            return object;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode array = nodes.arrayNode();
            int i = 0;
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                array.add(value(p, pointer + "/" + i++, at, duplicates));
            }
            return array;
        }
        return switch (t) {
            case VALUE_STRING -> nodes.textNode(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> nodes.textNode(p.getText());
        };
    }

    /** RFC 6901: {@code ~} and {@code /} in a key are escaped. */
    static String escape(String key) {
        return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
    }
}
