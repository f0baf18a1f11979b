package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.rules.internal.RuleBase;

/**
 * The rules an assessor knows, as their DRL metadata describes them: the built-in pack and any
 * custom rules. Immutable.
 *
 * <pre>{@code
 * RuleBook.builtIn().rules().forEach(r -> System.out.println(r.id() + ": " + r.firesWhen(policy)));
 * }</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RuleBook {

    private final Map<String, RuleDescriptor> rules;

    private RuleBook(Collection<RuleDescriptor> descriptors) {
        Map<String, RuleDescriptor> map = new LinkedHashMap<>();
        for (RuleDescriptor d : descriptors) {
            RuleDescriptor before = map.putIfAbsent(d.id(), d);
            if (before != null) {
                throw new IllegalArgumentException("rule '" + d.id() + "' is defined twice: " + before.origin()
                        + " and " + d.origin());
            }
        }
        rules = Collections.unmodifiableMap(map);
    }

    /** A book of these rules, in the order given. */
    public static RuleBook of(Collection<RuleDescriptor> descriptors) {
        return new RuleBook(descriptors);
    }

    /** The built-in rule pack, described by its own metadata. */
    public static RuleBook builtIn() {
        return BuiltIn.BOOK;
    }

    private static final class BuiltIn {
        static final RuleBook BOOK = new RuleBook(RuleBase.builtInRules());
    }

    /** This book plus further rules (custom ones); an id already in the book is refused. */
    public RuleBook with(Collection<RuleDescriptor> more) {
        List<RuleDescriptor> all = new ArrayList<>(rules.values());
        all.addAll(more);
        return new RuleBook(all);
    }

    /** Every rule: built-in ones by action-plan track and id, then custom ones. */
    public List<RuleDescriptor> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDescriptor> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }
}
