package org.ctorole.rules.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Section;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.TechnicalDepth;
import org.ctorole.model.profile.Waiver;
import org.ctorole.rules.TruckFactor;
import org.ctorole.rules.facts.AreaCoverage;
import org.ctorole.rules.facts.CadenceFact;
import org.ctorole.rules.facts.DecisionFact;
import org.ctorole.rules.facts.Assessed;
import org.ctorole.rules.facts.ConstituentTime;
import org.ctorole.rules.facts.CtoPattern;
import org.ctorole.rules.facts.CtoTime;
import org.ctorole.rules.facts.Expertise;
import org.ctorole.rules.facts.ForumFact;
import org.ctorole.rules.facts.IndicatorFact;
import org.ctorole.rules.facts.KnowledgeFact;
import org.ctorole.rules.facts.OrganisationFact;
import org.ctorole.rules.facts.PersonFact;
import org.ctorole.rules.facts.ReadingFact;
import org.ctorole.rules.facts.SecurityFact;
import org.ctorole.rules.facts.SupplierFact;
import org.ctorole.rules.facts.SystemFact;
import org.ctorole.rules.facts.TheCto;
import org.ctorole.rules.facts.WaiverFact;

/**
 * Turns a valid profile into the flat facts of {@link org.ctorole.rules.facts}. Omitted
 * sections yield no facts, so the rules reading them stay silent; absent optional values yield
 * "not judged" flags. Linear in the size of the profile.
 */
@API(status = API.Status.INTERNAL)
public final class FactBuilder {
    private FactBuilder() {
    }

    /** Every fact: what custom rules get, so they may reason about anyone and anything. */
    public static List<Object> facts(OrganisationProfile profile) {
        return facts(profile, true);
    }

    /**
     * The facts of a profile. With {@code everything} false, only what the built-in pack reads:
     * expertise as counted {@link AreaCoverage} (no {@link Expertise} or {@link KnowledgeFact}),
     * and people only when they hold a leadership role (the CEO and CTO among them). At 10,000
     * people that leaves out about 25,000 inserts, most of the session's work (cto-bench
     * PhaseTimings).
     */
    public static List<Object> facts(OrganisationProfile profile, boolean everything) {
        List<Object> facts = new ArrayList<>(profile.people().size() * 2 + 64);
        LocalDate today = profile.organisation().assessedOn();
        Organisation org = profile.organisation();
        facts.add(new OrganisationFact(org.id(), today, org.stage(), Boolean.TRUE.equals(org.regulated()),
                org.technologyFunding()));
        if (org.decisionRightsReview() != null) {
            facts.add(CadenceFact.of("organisation.decisionRightsReview", org.decisionRightsReview()));
        }
        for (Section section : profile.presentSections()) {
            facts.add(new Assessed(section));
        }
        for (Person p : profile.people()) {
            boolean leader = false;
            for (Role role : p.roles()) {
                leader |= role.isLeadership();
            }
            if (leader || everything) {
                facts.add(new PersonFact(p.id(), p.roles().stream().sorted().toList(), leader, p.holds(Role.CTO),
                        p.holds(Role.CEO),
                        p.reportsTo().orElse(null), p.deputy().orElse(null)));
            }
        }
        profile.theCto().ifPresent(cto -> {
            facts.add(new TheCto(cto.id(), cto.reportsTo().orElse(null), cto.engagement(), cto.holds(Role.CEO)));
            profile.cto().ifPresent(pattern -> ctoPattern(facts, cto.id(), pattern, today));
        });
        profile.knowledge().ifPresent(areas -> {
            for (KnowledgeArea area : areas) {
                List<String> experts = area.experts();
                facts.add(new AreaCoverage(area.area(), area.isCritical(), experts.size(),
                        experts.size() == 1 ? experts.get(0) : null));
                if (everything) {
                    facts.add(new KnowledgeFact(area.area(), area.isCritical()));
                    for (String expert : experts) {
                        facts.add(new Expertise(area.area(), expert));
                    }
                }
            }
            TruckFactor truckFactor = TruckFactor.of(areas);
            if (truckFactor.criticalAreas() > 0) {
                facts.add(truckFactor);
            }
        });
        profile.systems().ifPresent(systems -> systems.forEach(s -> facts.add(system(s, today))));
        profile.strategy().ifPresent(facts::addAll);
        profile.forums().ifPresent(forums -> forums.forEach(f -> facts.add(forum(f))));
        profile.indicators().ifPresent(readings -> {
            for (PerformanceIndicator indicator : PerformanceIndicator.values()) {
                facts.add(new IndicatorFact(indicator));
            }
            for (IndicatorReading r : readings) {
                facts.add(new ReadingFact(r.indicator(), r.value(), r.measuredOn(), days(r.measuredOn(), today)));
            }
        });
        profile.commitments().ifPresent(facts::addAll);
        profile.suppliers().ifPresent(suppliers -> suppliers.forEach(s -> facts.add(supplier(s))));
        profile.security().ifPresent(s -> {
            facts.add(new SecurityFact(
                    Boolean.FALSE.equals(s.incidentResponsePlan().orElse(null)),
                    Boolean.FALSE.equals(s.credentialRotationProcess().orElse(null)),
                    Boolean.FALSE.equals(s.dataAccessMonitoring().orElse(null))));
            s.awarenessTraining().ifPresent(c -> facts.add(CadenceFact.of("security.awarenessTraining", c)));
        });
        for (Waiver w : profile.waivers()) {
            facts.add(new WaiverFact(w.ruleId(), w.subject(), w.key(), w.reason(), w.expires(),
                    days(w.expires(), today)));
        }
        return facts;
    }

    private static void ctoPattern(List<Object> facts, String ctoId, CtoWorkingPattern pattern, LocalDate today) {
        List<Accountability> accountableFor = pattern.accountableFor().orElse(List.of());
        facts.add(new CtoPattern(ctoId, accountableFor, pattern.accountableFor().isPresent(),
                accountableFor.contains(Accountability.BUSINESS_OUTCOMES),
                pattern.receivesCompetitiveIntelligence().isPresent(),
                pattern.receivesCompetitiveIntelligence().orElse(false),
                pattern.lastTechnologyReview().isPresent(), pattern.lastTechnologyReview().orElse(null),
                pattern.lastTechnologyReview().map(d -> days(d, today)).orElse(0L),
                pattern.guidesIpPortfolio().orElse(null)));
        pattern.ceoMeetings().ifPresent(c -> facts.add(CadenceFact.of("cto.ceoMeetings", c)));
        pattern.businessBriefings().ifPresent(c -> facts.add(CadenceFact.of("cto.businessBriefings", c)));
        pattern.translationSessions().ifPresent(c -> facts.add(CadenceFact.of("cto.translationSessions", c)));
        pattern.decisions().ifPresent(list -> list.forEach(d -> facts.add(new DecisionFact(d.id(), d.name(),
                d.kind(), d.isCtoInvolved(), d.customerValidated().isPresent(),
                d.customerValidated().orElse(false)))));
        pattern.timeAllocation().ifPresent(time -> {
            double sales = percent(time, Activity.SALES);
            double businessDevelopment = percent(time, Activity.BUSINESS_DEVELOPMENT);
            double marketing = percent(time, Activity.MARKETING);
            facts.add(new CtoTime(ctoId, percent(time, Activity.CEO_STRATEGY),
                    percent(time, Activity.ENGINEERING_PRODUCT), sales, businessDevelopment, marketing,
                    percent(time, Activity.HANDS_ON_DELIVERY), percent(time, Activity.LEARNING_AND_THINKING),
                    sales + businessDevelopment + marketing, percent(time, Activity.INTERNAL_IT),
                    time.containsKey(Activity.INTERNAL_IT)));
            for (Constituent c : Constituent.values()) {
                facts.add(new ConstituentTime(ctoId, c, percent(time, Activity.of(c))));
            }
        });
    }

    private static double percent(Map<Activity, Double> time, Activity activity) {
        Double value = time.get(activity);
        return value == null ? 0.0 : value;
    }

    private static SystemFact system(SystemAsset s, LocalDate today) {
        if (s.backup().isEmpty()) {
            return new SystemFact(s.id(), s.isHoldingData(), s.isCritical(), false, null, 0, null, 0, 0, false, null,
                    0, false);
        }
        Backup b = s.backup().get();
        LocalDate restore = b.lastRestoreTest().orElse(null);
        long age = days(b.lastSuccessfulBackup(), today);
        int interval = b.schedule().intervalDays();
        return new SystemFact(s.id(), s.isHoldingData(), s.isCritical(), true, b.schedule(), interval,
                b.lastSuccessfulBackup(), age, (double) age / interval,
                restore != null, restore, restore == null ? 0 : days(restore, today), b.offsite());
    }

    private static ForumFact forum(Forum f) {
        return new ForumFact(f.id(), f.kind(), f.kind().isLeadershipForum(), f.kind().isMarketSensing(),
                f.isAttendedByCto(), f.technologyMinutes().isPresent(), f.technologyMinutes().orElse(0),
                f.technicalDepth().orElse(null) == TechnicalDepth.HIGH_LEVEL_ONLY, f.architectureDiscussionsCut());
    }

    private static SupplierFact supplier(Supplier s) {
        return new SupplierFact(s.id(), s.isCritical(), s.roadmapKnown().isPresent(), s.roadmapKnown().orElse(false),
                s.onTimeDeliveryRate().isPresent(), s.onTimeDeliveryRate().orElse(0.0));
    }

    /** Days from {@code date} to {@code today}: "more than N days" is {@code days(date) > N}. */
    private static long days(LocalDate date, LocalDate today) {
        return ChronoUnit.DAYS.between(date, today);
    }
}
