package org.ctorole.model.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Defensive copies for the profile records. Null elements are kept, not rejected, so that the
 * validator can report every missing value with its path instead of failing on the first.
 */
final class Copies {
    private Copies() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    static <T> Optional<List<T>> section(Optional<List<T>> section) {
        if (section == null || section.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(list(section.get()));
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    static <K extends Enum<K>, V> Map<K, V> enumMap(Class<K> type, Map<K, V> map) {
        EnumMap<K, V> copy = new EnumMap<>(type);
        if (map != null) {
            copy.putAll(map);
        }
        return Collections.unmodifiableMap(copy);
    }
}
