package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.Waiver;
import org.ctorole.model.validation.ProfileValidator;
import org.junit.jupiter.api.Test;

/** The normative example reads as written, validates clean and survives both formats. */
class NorthwindTest {

    static final Path NORTHWIND = Path.of("../cto-examples/profiles/northwind.yaml");

    private final ProfileReader reader = ProfileReader.standard();
    private final ProfileWriter writer = ProfileWriter.standard();

    @Test
    void readsAndValidatesClean() {
        OrganisationProfile northwind = reader.read(NORTHWIND);

        assertThat(ProfileValidator.validate(northwind)).isEmpty();
        assertThat(northwind.schema()).isEqualTo("cto-profile/1");
        assertThat(northwind.organisation().id()).isEqualTo("northwind");
        assertThat(northwind.organisation().stage()).isEqualTo(Stage.SCALEUP);
        assertThat(northwind.organisation().headcount()).isEqualTo(180);
        assertThat(northwind.organisation().assessedOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void people() {
        OrganisationProfile northwind = reader.read(NORTHWIND);

        assertThat(northwind.people()).extracting(Person::id).containsExactly(
                "omar", "ines", "maya", "raj", "lena", "sam", "ana", "ben", "chloe", "dmitri", "eve");
        Person maya = northwind.person("maya").orElseThrow();
        assertThat(maya.roles()).containsExactly(Role.CTO);
        assertThat(maya.reportsTo()).contains("ines");
        assertThat(maya.deputy()).isEmpty();
        assertThat(maya.engagement()).isEqualTo(Engagement.FULL_TIME);
        assertThat(northwind.person("ana").orElseThrow())
                .isEqualTo(new Person("ana", "Ana Silva", Optional.empty(), List.of(Role.ENGINEER), Optional.of("lena"),
                        Optional.empty(), Engagement.FULL_TIME));
        assertThat(northwind.theCto()).contains(maya);
    }

    @Test
    void ctoWorkingPattern() {
        var cto = reader.read(NORTHWIND).cto().orElseThrow();

        assertThat(cto.person()).isEqualTo("maya");
        assertThat(cto.percentOf(Activity.HANDS_ON_DELIVERY)).contains(33.0);
        assertThat(cto.percentOf(Activity.BUSINESS_DEVELOPMENT)).contains(0.0);
        assertThat(cto.timeAllocation().orElseThrow()).hasSize(7);
        assertThat(cto.accountableFor()).contains(List.of(Accountability.DELIVERABLES, Accountability.SCHEDULE));
        assertThat(cto.receivesCompetitiveIntelligence()).contains(false);
        assertThat(cto.lastTechnologyReview()).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void knowledgeAndSystems() {
        OrganisationProfile northwind = reader.read(NORTHWIND);

        assertThat(northwind.knowledge().orElseThrow()).hasSize(6);
        assertThat(northwind.knowledge().orElseThrow().get(3).experts()).isEmpty(); // pricing-engine: a fact
        List<SystemAsset> systems = northwind.systems().orElseThrow();
        assertThat(systems).extracting(SystemAsset::id).containsExactly(
                "orders-db", "customer-crm", "analytics-warehouse", "ledger-db", "marketing-site");
        assertThat(systems.get(0).backup()).contains(new Backup(BackupSchedule.DAILY, LocalDate.of(2026, 10, 31),
                Optional.empty(), true));
        assertThat(systems.get(0).backup().orElseThrow().lastRestoreTest()).isEmpty();
        assertThat(systems.get(1).id()).isEqualTo("customer-crm");
        assertThat(systems.get(1).backup()).isEmpty();
        assertThat(systems.get(2).backup().orElseThrow().lastRestoreTest()).contains(LocalDate.of(2026, 8, 15));
        assertThat(systems.get(4).isHoldingData()).isFalse();
    }

    @Test
    void forumsIndicatorsSecurityAndWaivers() {
        OrganisationProfile northwind = reader.read(NORTHWIND);

        Forum qbr = northwind.forums().orElseThrow().get(1);
        assertThat(qbr.ctoAttends()).isFalse();
        assertThat(qbr.technologyMinutes()).isEmpty();
        assertThat(qbr.architectureDiscussionsCut()).isFalse(); // the documented default
        assertThat(northwind.forums().orElseThrow().get(0).technologyMinutes()).contains(15);
        assertThat(northwind.indicators().orElseThrow())
                .extracting(r -> r.indicator())
                .containsExactly(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT,
                        PerformanceIndicator.ENGINEERING_CULTURE_HEALTH);
        assertThat(northwind.suppliers().orElseThrow().get(0).onTimeDeliveryRate()).contains(0.65);
        assertThat(northwind.security()).contains(new Security(Optional.of(true), Optional.of(false),
                Optional.of(false)));
        assertThat(northwind.waivers()).containsExactly(new Waiver("distant-from-ceo", "maya",
                "The CTO reports to the COO by board decision until the 2027 reorganisation",
                LocalDate.of(2027, 6, 30)));
    }

    @Test
    void roundTripsThroughYaml() {
        OrganisationProfile northwind = reader.read(NORTHWIND);

        assertThat(reader.read(writer.toYaml(northwind), "northwind.yaml")).isEqualTo(northwind);
    }

    @Test
    void roundTripsThroughJson() {
        OrganisationProfile northwind = reader.read(NORTHWIND);

        assertThat(reader.read(writer.toJson(northwind), "northwind.json")).isEqualTo(northwind);
    }

    @Test
    void readsTheSameFromAFileAndFromText() throws Exception {
        String text = java.nio.file.Files.readString(NORTHWIND);

        assertThat(reader.read(text, "northwind.yaml")).isEqualTo(reader.read(NORTHWIND));
    }
}
