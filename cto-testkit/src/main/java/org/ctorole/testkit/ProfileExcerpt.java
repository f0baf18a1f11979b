package org.ctorole.testkit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Section;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.Finding;

/**
 * The parts of a profile a rule reads, written for a failure message: one line per element,
 * with dates also given as days before {@code assessedOn} since that is what rules compare.
 */
final class ProfileExcerpt {
    private static final String INDENT = "    ";

    private ProfileExcerpt() {
    }

    /**
     * The organisation line, then each of {@code sections} (people too when a rule needs the CTO,
     * since who the CTO is comes from there).
     */
    static String of(OrganisationProfile profile, Set<Section> sections) {
        Set<Section> shown = sections.isEmpty() ? EnumSet.allOf(Section.class) : EnumSet.copyOf(sections);
        if (shown.contains(Section.CTO) || shown.contains(Section.FORUMS) || shown.contains(Section.STRATEGY)) {
            shown.add(Section.PEOPLE);
        }
        LocalDate today = profile.organisation().assessedOn();
        StringBuilder out = new StringBuilder();
        out.append(INDENT).append("organisation: ").append(profile.organisation().id())
                .append(", assessedOn ").append(today).append('\n');
        for (Section section : shown) {
            switch (section) {
                case PEOPLE -> list(out, "people", Optional.of(profile.people()), ProfileExcerpt::person);
                case CTO -> {
                    out.append(INDENT).append("cto: ");
                    out.append(profile.cto().map(c -> cto(c, today)).orElse("omitted (not assessed)")).append('\n');
                }
                case KNOWLEDGE -> list(out, "knowledge", profile.knowledge(), ProfileExcerpt::area);
                case SYSTEMS -> list(out, "systems", profile.systems(), s -> system(s, today));
                case STRATEGY -> list(out, "strategy", profile.strategy(), ProfileExcerpt::initiative);
                case FORUMS -> list(out, "forums", profile.forums(), ProfileExcerpt::forum);
                case INDICATORS -> list(out, "indicators", profile.indicators(), r -> reading(r, today));
                case COMMITMENTS -> list(out, "commitments", profile.commitments(), ProfileExcerpt::commitment);
                case SUPPLIERS -> list(out, "suppliers", profile.suppliers(), ProfileExcerpt::supplier);
                case SECURITY -> out.append(INDENT).append("security: ")
                        .append(profile.security().map(ProfileExcerpt::security).orElse("omitted (not assessed)"))
                        .append('\n');
                case WAIVERS -> list(out, "waivers", Optional.of(profile.waivers()), ProfileExcerpt::waiver);
                default -> {
                    // ORGANISATION: written first
                }
            }
        }
        return out.toString();
    }

    /** Findings one per line: {@code SEVERITY ruleId:subject - message}, waived ones marked. */
    static String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return INDENT + "none\n";
        }
        return findings.stream()
                .map(f -> INDENT + f.severity() + " " + f.key() + (f.waived() ? " (waived)" : "") + " - " + f.message())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private interface Line<T> {
        String of(T item);
    }

    private static <T> void list(StringBuilder out, String name, Optional<List<T>> section, Line<T> line) {
        out.append(INDENT).append(name).append(':');
        if (section.isEmpty()) {
            out.append(" omitted (not assessed)\n");
            return;
        }
        if (section.get().isEmpty()) {
            out.append(" []\n");
            return;
        }
        out.append('\n');
        for (T item : section.get()) {
            out.append(INDENT).append("  - ").append(item == null ? "null" : line.of(item)).append('\n');
        }
    }

    private static String person(Person p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.id() + " " + p.roles());
        parts.add("reportsTo " + p.reportsTo().orElse("nobody"));
        parts.add("deputy " + p.deputy().orElse("none"));
        if (p.engagement() != null && p.engagement() != Engagement.FULL_TIME) {
            parts.add(p.engagement().name());
        }
        return String.join(", ", parts);
    }

    private static String cto(CtoWorkingPattern c, LocalDate today) {
        List<String> parts = new ArrayList<>();
        parts.add("person " + c.person());
        parts.add("timeAllocation " + c.timeAllocation().map(ProfileExcerpt::time).orElse("not given"));
        parts.add("accountableFor " + c.accountableFor().map(Object::toString).orElse("not given"));
        parts.add("receivesCompetitiveIntelligence "
                + c.receivesCompetitiveIntelligence().map(Object::toString).orElse("not given"));
        parts.add("lastTechnologyReview " + c.lastTechnologyReview().map(d -> date(d, today)).orElse("never"));
        return String.join(", ", parts);
    }

    private static String time(Map<?, Double> allocation) {
        return allocation.entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()) + "%")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String area(KnowledgeArea a) {
        return a.area() + (a.isCritical() ? " critical" : " not critical") + ", experts " + a.experts();
    }

    private static String system(SystemAsset s, LocalDate today) {
        String head = s.id() + (s.isHoldingData() ? " holds data" : " holds no data")
                + (s.isCritical() ? ", critical" : ", not critical");
        return head + ", " + s.backup().map(b -> backup(b, today)).orElse("no backup");
    }

    private static String backup(Backup b, LocalDate today) {
        return "backup " + b.schedule() + " last " + date(b.lastSuccessfulBackup(), today)
                + ", restore-tested " + b.lastRestoreTest().map(d -> date(d, today)).orElse("never")
                + (b.offsite() ? ", offsite" : ", not offsite");
    }

    private static String initiative(StrategyInitiative i) {
        return i.id() + " ctoJoinedAt " + i.ctoJoinedAt();
    }

    private static String forum(Forum f) {
        List<String> parts = new ArrayList<>();
        parts.add(f.id() + " " + f.kind());
        parts.add(f.isAttendedByCto() ? "CTO attends" : "CTO does not attend");
        f.technologyMinutes().ifPresent(m -> parts.add(m + " min for technology"));
        f.technicalDepth().ifPresent(d -> parts.add(d.name()));
        if (f.architectureDiscussionsCut()) {
            parts.add("architecture discussions cut");
        }
        return String.join(", ", parts);
    }

    private static String reading(IndicatorReading r, LocalDate today) {
        return r.indicator() + " " + number(r.value()) + " on " + date(r.measuredOn(), today);
    }

    private static String commitment(Commitment c) {
        return c.id() + (Boolean.TRUE.equals(c.technologyReviewed()) ? " reviewed by technology" : " not reviewed")
                + (c.customer() == null ? "" : ", customer " + c.customer())
                + (c.madeBy() == null ? "" : ", made by " + c.madeBy());
    }

    private static String supplier(Supplier s) {
        return s.id() + (s.isCritical() ? " critical" : " not critical")
                + ", roadmapKnown " + s.roadmapKnown().map(Object::toString).orElse("not given")
                + ", onTimeDeliveryRate " + s.onTimeDeliveryRate().map(ProfileExcerpt::number).orElse("not given");
    }

    private static String security(Security s) {
        return "incidentResponsePlan " + flag(s.incidentResponsePlan())
                + ", credentialRotationProcess " + flag(s.credentialRotationProcess())
                + ", dataAccessMonitoring " + flag(s.dataAccessMonitoring());
    }

    private static String waiver(Waiver w) {
        return w.key() + " until " + w.expires() + ": " + w.reason();
    }

    private static String flag(Optional<Boolean> value) {
        return value.map(Object::toString).orElse("not given");
    }

    private static String date(LocalDate date, LocalDate today) {
        if (date == null) {
            return "null";
        }
        return date + " (" + ChronoUnit.DAYS.between(date, today) + " days before)";
    }

    private static String number(Double value) {
        if (value == null) {
            return "null";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
