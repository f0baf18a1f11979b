package org.ctorole.model.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The CTO role catalogue: every entry drawn from the source articles ({@link Article}), with lookups by id, constituent,
 * mission axis and area. Immutable; one shared instance.
 *
 * <pre>{@code RoleCatalogue.standard().responsibilitiesOf(Constituent.SALES) // 3 duties}</pre>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class RoleCatalogue {
    private static final RoleCatalogue STANDARD = new RoleCatalogue();

    private final List<MissionAxis> axes = List.of(MissionAxis.values());
    private final List<Constituent> constituents = List.of(Constituent.values());
    private final List<ResponsibilityArea> areas = List.of(ResponsibilityArea.values());
    private final List<Responsibility> responsibilities = List.of(Responsibility.values());
    private final List<PerformanceIndicator> indicators = List.of(PerformanceIndicator.values());
    private final List<IntegrationPillar> pillars = List.of(IntegrationPillar.values());
    private final List<TimelineStage> timeline = List.of(TimelineStage.values());
    private final List<Skill> skills = List.of(Skill.values());

    private final List<CatalogueEntry> entries;
    private final Map<String, CatalogueEntry> byId;
    private final Map<Constituent, List<Responsibility>> byConstituent;
    private final Map<MissionAxis, List<Responsibility>> byAxis;
    private final Map<ResponsibilityArea, List<Responsibility>> byArea;
    private final Map<MissionAxis, List<ResponsibilityArea>> areasByAxis;

    private RoleCatalogue() {
        List<CatalogueEntry> all = new ArrayList<>();
        all.addAll(axes);
        all.addAll(constituents);
        all.addAll(areas);
        all.addAll(responsibilities);
        all.addAll(indicators);
        all.addAll(pillars);
        all.addAll(timeline);
        all.addAll(skills);
        entries = List.copyOf(all);

        Map<String, CatalogueEntry> ids = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries) {
            CatalogueEntry clash = ids.putIfAbsent(entry.id(), entry);
            if (clash != null) {
                // Fail at class load: a lookup by id must never be ambiguous.
                throw new IllegalStateException("catalogue id " + entry.id() + " is used by both "
                        + clash.getClass().getSimpleName() + " and "
                        + entry.getClass().getSimpleName());
            }
        }
        byId = Collections.unmodifiableMap(ids);

        byConstituent = group(Constituent.class, responsibilities, Responsibility::constituent);
        byAxis = group(MissionAxis.class, responsibilities, Responsibility::axis);
        byArea = group(ResponsibilityArea.class, responsibilities, Responsibility::area);
        areasByAxis = group(MissionAxis.class, areas, ResponsibilityArea::axis);
    }

    /** The shared catalogue. */
    public static RoleCatalogue standard() {
        return STANDARD;
    }

    /** The entry with this id, of any kind; empty if there is none (or id is null). Case-sensitive. */
    public Optional<CatalogueEntry> entry(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** Every entry: axes, constituents, areas, responsibilities, indicators, pillars, timeline, skills. */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    /** The duties owed to a constituent, in the article's order. */
    public List<Responsibility> responsibilitiesOf(Constituent constituent) {
        return byConstituent.get(Objects.requireNonNull(constituent, "constituent"));
    }

    /** The duties serving a mission axis, in catalogue order. */
    public List<Responsibility> responsibilitiesOf(MissionAxis axis) {
        return byAxis.get(Objects.requireNonNull(axis, "axis"));
    }

    /** The duties in a responsibility area, in catalogue order. */
    public List<Responsibility> responsibilitiesOf(ResponsibilityArea area) {
        return byArea.get(Objects.requireNonNull(area, "area"));
    }

    /** The responsibility areas whose primary axis is {@code axis}. */
    public List<ResponsibilityArea> areasOf(MissionAxis axis) {
        return areasByAxis.get(Objects.requireNonNull(axis, "axis"));
    }

    /** The three mission axes. */
    public List<MissionAxis> axes() {
        return axes;
    }

    /** The five constituents. */
    public List<Constituent> constituents() {
        return constituents;
    }

    /** The nine responsibility areas. */
    public List<ResponsibilityArea> areas() {
        return areas;
    }

    /** The 27 responsibilities. */
    public List<Responsibility> responsibilities() {
        return responsibilities;
    }

    /** The three performance indicators. */
    public List<PerformanceIndicator> indicators() {
        return indicators;
    }

    /** The four integration pillars. */
    public List<IntegrationPillar> pillars() {
        return pillars;
    }

    /** The integration timeline, earliest stage first. */
    public List<TimelineStage> timeline() {
        return timeline;
    }

    /** The people skills. */
    public List<Skill> skills() {
        return skills;
    }

    /** The business/technical split of the CTO's time. */
    public TimeGuideline timeGuideline() {
        return TimeGuideline.STANDARD;
    }

    /** Groups items by an enum key; every key gets a list, possibly empty. */
    private static <K extends Enum<K>, T> Map<K, List<T>> group(Class<K> keyType, List<T> items,
            Function<T, K> key) {
        Map<K, List<T>> groups = new EnumMap<>(keyType);
        for (K k : keyType.getEnumConstants()) {
            groups.put(k, new ArrayList<>());
        }
        for (T item : items) {
            groups.get(key.apply(item)).add(item);
        }
        groups.replaceAll((k, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(groups);
    }
}
