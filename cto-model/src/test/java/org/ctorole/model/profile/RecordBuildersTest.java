package org.ctorole.model.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The builders take plain values: a value given is present, one left out or null is absent. */
class RecordBuildersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 31);

    @Test
    void aPersonOfPlainValues() {
        assertThat(Person.builder("ana").name("Ana Silva").roles(Role.ENGINEER).reportsTo("lena")
                .email("ana@northwind.example").build())
                .isEqualTo(new Person("ana", "Ana Silva", Optional.of("ana@northwind.example"), List.of(Role.ENGINEER),
                        Optional.of("lena"), Optional.empty(), Engagement.FULL_TIME));
        assertThat(Person.builder("kim").roles(List.of(Role.CEO)).deputy(null).engagement(null).build())
                .isEqualTo(Person.of("kim", null, Role.CEO));
    }

    @Test
    void theSectionsOfPlainValues() {
        assertThat(CtoWorkingPattern.builder("maya").receivesCompetitiveIntelligence(false)
                .timeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.0)).build())
                .isEqualTo(CtoWorkingPattern.of("maya").withTimeAllocation(Map.of(Activity.ENGINEERING_PRODUCT, 100.0))
                        .withReceivesCompetitiveIntelligence(false));
        assertThat(CtoWorkingPattern.builder("maya").lastTechnologyReview(DAY).accountableFor(null).build())
                .isEqualTo(new CtoWorkingPattern("maya", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(DAY)));
        assertThat(Security.builder().credentialRotationProcess(false).build())
                .isEqualTo(new Security(Optional.empty(), Optional.of(false), Optional.empty()));
        assertThat(Forum.builder("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW).ctoAttends(false).technologyMinutes(20)
                .build()).isEqualTo(new Forum("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW, false, Optional.of(20),
                Optional.empty(), false));
        assertThat(Supplier.builder("feedco").critical(true).onTimeDeliveryRate(0.65).build())
                .isEqualTo(new Supplier("feedco", true, Optional.empty(), Optional.of(0.65)));
        assertThat(StrategyInitiative.builder("cloud").name("Cloud cost").ctoJoinedAt(StrategyStage.REVIEW).build())
                .isEqualTo(new StrategyInitiative("cloud", "Cloud cost", StrategyStage.REVIEW));
        assertThat(Commitment.builder("sso").customer("Globex").madeBy("sam").technologyReviewed(false).build())
                .isEqualTo(new Commitment("sso", "Globex", null, "sam", false));
        assertThat(KnowledgeArea.builder("payments").critical(true).experts("ana", "ben").build())
                .isEqualTo(new KnowledgeArea("payments", true, List.of("ana", "ben")));
        assertThat(Organisation.builder("acme", DAY).name("Acme").headcount(12).build())
                .isEqualTo(new Organisation("acme", "Acme", null, 12, DAY));
    }

    @Test
    void aSystemWithOrWithoutABackup() {
        assertThat(SystemAsset.builder("db").holdsData(true).critical(true).build())
                .isEqualTo(new SystemAsset("db", true, true, Optional.empty()));
        Backup backup = Backup.builder(BackupSchedule.DAILY, DAY).offsite(true).build();
        assertThat(backup).isEqualTo(new Backup(BackupSchedule.DAILY, DAY, Optional.empty(), true));
        assertThat(SystemAsset.builder("db").holdsData(true).critical(false).backup(backup).build().backup())
                .contains(backup);
        assertThat(Backup.builder(BackupSchedule.WEEKLY, DAY).lastRestoreTest(DAY).build().lastRestoreTest())
                .contains(DAY);
    }

    @Test
    void aProfileBuiltOfThemValidates() {
        OrganisationProfile profile = OrganisationProfile.builder()
                .organisation(Organisation.builder("acme", DAY).name("Acme").build())
                .person(Person.builder("kim").name("Kim Lee").roles(Role.CEO).deputy("lou").build())
                .person(Person.builder("lou").name("Lou Park").roles(Role.CTO).reportsTo("kim").deputy("kim").build())
                .security(Security.builder().incidentResponsePlan(true).build())
                .build();

        assertThat(profile.security()).contains(new Security(Optional.of(true), Optional.empty(), Optional.empty()));
    }
}
