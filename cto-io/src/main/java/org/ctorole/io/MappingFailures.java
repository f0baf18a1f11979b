package org.ctorole.io;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Plain words for what the mapping could not absorb. Jackson's own messages name Java types and
 * its internals ({@code Cannot construct instance of `org.ctorole...`}, {@code creator property},
 * {@code CoercionConfig}): they are for a developer with the source at hand, never for the person
 * who wrote the file.
 */
final class MappingFailures {

    private MappingFailures() {
    }

    static String describe(JsonMappingException e) {
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            // A record refused its values: the record's own message says which and why.
            return "invalid value: " + SourceIndex.oneLine(e.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType()) + " here";
        }
        return "this value cannot be read here";
    }

    private static String expected(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return StrictScalars.oneOf(type);
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
