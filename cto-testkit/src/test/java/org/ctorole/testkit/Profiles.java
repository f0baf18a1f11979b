package org.ctorole.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Decision;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.Waiver;

/** Changes to generated profiles that the assessment properties compare against. */
final class Profiles {
    private Profiles() {
    }

    /** The same profile with every list in it shuffled: people, their roles, areas, their experts, systems... */
    static OrganisationProfile shuffled(OrganisationProfile p, Random random) {
        return shuffled(p, random, true);
    }

    /** As {@link #shuffled(OrganisationProfile, Random)}, leaving {@code cto.accountableFor} as it is if asked. */
    static OrganisationProfile shuffled(OrganisationProfile p, Random random, boolean accountableFor) {
        UnaryOperator<Person> roles = person -> {
            List<Role> shuffledRoles = shuffle(person.roles(), random);
            return person.withRoles(shuffledRoles.toArray(Role[]::new));
        };
        return new OrganisationProfile(p.schema(), p.organisation(),
                shuffle(p.people().stream().map(roles).toList(), random),
                p.cto().map(c -> accountableFor && c.accountableFor().isPresent()
                        ? c.withAccountableFor(shuffle(c.accountableFor().get(), random)) : c),
                p.knowledge().map(areas -> shuffle(areas.stream()
                        .map(a -> new KnowledgeArea(a.area(), a.critical(), shuffle(a.experts(), random))).toList(),
                        random)),
                p.systems().map(list -> shuffle(list, random)),
                p.strategy().map(list -> shuffle(list, random)),
                p.forums().map(list -> shuffle(list, random)),
                p.indicators().map(list -> shuffle(list, random)),
                p.commitments().map(list -> shuffle(list, random)),
                p.suppliers().map(list -> shuffle(list, random)),
                p.security(),
                shuffle(p.waivers(), random));
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** A copy sharing no record or list with the original (values such as strings and dates are immutable). */
    static OrganisationProfile deepCopy(OrganisationProfile p) {
        Organisation o = p.organisation();
        return new OrganisationProfile(p.schema(),
                new Organisation(o.id(), o.name(), o.stage(), o.headcount(), o.assessedOn(), o.regulated(),
                        o.technologyFunding(), o.decisionRightsReview()),
                p.people().stream().map(x -> new Person(x.id(), x.name(), x.email(), new ArrayList<>(x.roles()), x.reportsTo(),
                        x.deputy(), x.engagement())).toList(),
                p.cto().map(c -> new CtoWorkingPattern(c.person(),
                        c.timeAllocation().map(EnumMap::new), c.accountableFor().map(ArrayList::new),
                        c.receivesCompetitiveIntelligence(), c.lastTechnologyReview(), c.ceoMeetings(),
                        c.businessBriefings(), c.translationSessions(), c.guidesIpPortfolio(),
                        c.decisions().map(list -> list.stream().map(d -> new Decision(d.id(), d.name(), d.kind(),
                                d.ctoInvolved(), d.customerValidated())).toList()))),
                p.knowledge().map(list -> list.stream()
                        .map(a -> new KnowledgeArea(a.area(), a.critical(), new ArrayList<>(a.experts()))).toList()),
                p.systems().map(list -> list.stream().map(s -> new SystemAsset(s.id(), s.holdsData(), s.critical(),
                        s.backup().map(b -> new Backup(b.schedule(), b.lastSuccessfulBackup(), b.lastRestoreTest(),
                                b.offsite())))).toList()),
                p.strategy().map(list -> list.stream()
                        .map(i -> new StrategyInitiative(i.id(), i.name(), i.ctoJoinedAt())).toList()),
                p.forums().map(list -> list.stream().map(f -> new Forum(f.id(), f.kind(), f.ctoAttends(),
                        f.technologyMinutes(), f.technicalDepth(), f.architectureDiscussionsCut())).toList()),
                p.indicators().map(list -> list.stream()
                        .map(r -> new IndicatorReading(r.indicator(), r.value(), r.measuredOn())).toList()),
                p.commitments().map(list -> list.stream().map(c -> new Commitment(c.id(), c.customer(), c.promise(),
                        c.madeBy(), c.technologyReviewed(), c.specificationComplete())).toList()),
                p.suppliers().map(list -> list.stream().map(s -> new Supplier(s.id(), s.critical(), s.roadmapKnown(),
                        s.onTimeDeliveryRate())).toList()),
                p.security().map(s -> new Security(s.incidentResponsePlan(), s.credentialRotationProcess(),
                        s.dataAccessMonitoring(), s.awarenessTraining())),
                p.waivers().stream().map(w -> new Waiver(w.ruleId(), w.subject(), w.reason(), w.expires())).toList());
    }

    /** The profile with these waivers added. */
    static OrganisationProfile withWaivers(OrganisationProfile p, List<Waiver> waivers) {
        return p.toBuilder().waivers(waivers).buildUnvalidated();
    }

    /** The profile with one knowledge area replaced. */
    static OrganisationProfile withArea(OrganisationProfile p, int index, KnowledgeArea area) {
        List<KnowledgeArea> areas = new ArrayList<>(p.knowledge().orElseThrow());
        areas.set(index, area);
        return p.toBuilder().knowledge(areas).buildUnvalidated();
    }

    /** The profile with one system's backup replaced. */
    static OrganisationProfile withBackup(OrganisationProfile p, int index, Backup backup) {
        List<SystemAsset> systems = new ArrayList<>(p.systems().orElseThrow());
        SystemAsset s = systems.get(index);
        systems.set(index, new SystemAsset(s.id(), s.holdsData(), s.critical(), Optional.of(backup)));
        return p.toBuilder().systems(systems).buildUnvalidated();
    }
}
