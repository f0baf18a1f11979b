package org.ctorole.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Section;

/**
 * A complete, commented profile to start from ({@code cto init}): every section with an example
 * value for every field, and for each section the rules it enables. It validates as it is.
 *
 * <pre>{@code String yaml = ProfileTemplate.yaml("Acme Robotics", LocalDate.now(), rulesBySection);}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfileTemplate {
    private ProfileTemplate() {
    }

    /**
     * The template.
     *
     * @param organisationName the organisation's name; its id is derived from it
     * @param assessedOn       the assessment date; the example dates are before it
     * @param ruleReads        the sections each rule reads (rule id → sections), for the comments
     */
    public static String yaml(String organisationName, LocalDate assessedOn, Map<String, Set<Section>> ruleReads) {
        String name = organisationName == null || organisationName.isBlank() ? "My Organisation"
                : organisationName.strip();
        String id = Ids.slug(name).isEmpty() ? "my-organisation" : Ids.slug(name);
        String quoted = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return TEMPLATE
                .replace("{id}", id)
                .replace("{name}", quoted)
                .replace("{assessedOn}", assessedOn.toString())
                .replace("{review}", assessedOn.minusMonths(4).toString())
                .replace("{backup}", assessedOn.minusDays(1).toString())
                .replace("{restore}", assessedOn.minusMonths(2).toString())
                .replace("{measured}", assessedOn.minusMonths(1).toString())
                .replace("{expires}", assessedOn.plusMonths(6).toString())
                .replace("{rules:people}", rules(Section.PEOPLE, ruleReads))
                .replace("{rules:cto}", rules(Section.CTO, ruleReads))
                .replace("{rules:knowledge}", rules(Section.KNOWLEDGE, ruleReads))
                .replace("{rules:systems}", rules(Section.SYSTEMS, ruleReads))
                .replace("{rules:strategy}", rules(Section.STRATEGY, ruleReads))
                .replace("{rules:forums}", rules(Section.FORUMS, ruleReads))
                .replace("{rules:indicators}", rules(Section.INDICATORS, ruleReads))
                .replace("{rules:commitments}", rules(Section.COMMITMENTS, ruleReads))
                .replace("{rules:suppliers}", rules(Section.SUPPLIERS, ruleReads))
                .replace("{rules:security}", rules(Section.SECURITY, ruleReads))
                .replace("{rules:waivers}", rules(Section.WAIVERS, ruleReads));
    }

    /** "# enables: a, b, c" wrapped at about 100 characters. */
    private static String rules(Section section, Map<String, Set<Section>> ruleReads) {
        List<String> ids = ruleReads.entrySet().stream().filter(e -> e.getValue().contains(section))
                .map(Map.Entry::getKey).sorted().toList();
        if (ids.isEmpty()) {
            return "# no built-in rule reads this section";
        }
        StringBuilder b = new StringBuilder("# enables:");
        int width = b.length();
        for (int i = 0; i < ids.size(); i++) {
            String word = " " + ids.get(i) + (i < ids.size() - 1 ? "," : "");
            if (width + word.length() > 100) {
                b.append("\n#  ");
                width = 3;
            }
            b.append(word);
            width += word.length();
        }
        return b.toString();
    }

    private static final String TEMPLATE = """
            # An organisation profile (schema cto-profile/1), written by `cto init`: replace the example values.
            # Leave out a section you cannot fill in yet: it is then not assessed (its rules stay silent and are
            # listed under notAssessed). An empty list ([]) is a fact: "none". Check it with `cto validate FILE`,
            # then `cto assess FILE`. `cto import` fills people, knowledge and systems from HR and ownership data.
            schema: cto-profile/1

            organisation:
              id: {id}                      # stable id, the subject of organisation-wide findings
              name: {name}
              stage: STARTUP                # STARTUP | SCALEUP | ENTERPRISE
              headcount: 40
              assessedOn: {assessedOn}          # "today" for every age check; no rule reads the clock
              regulated: false              # a regulator expects a named, accountable technology leader
              technologyFunding: VALUE_PER_ITERATION  # ANNUAL_BUDGET | PER_PROJECT | VALUE_PER_ITERATION
              decisionRightsReview: YEARLY  # how often you map where the CTO takes part and who decides what
                                            #   cadences: NEVER AD_HOC YEARLY HALF_YEARLY QUARTERLY MONTHLY
                                            #   FORTNIGHTLY WEEKLY DAILY

            {rules:people}
            people:                         # roles: CEO CFO COO CTO CIO VP_ENGINEERING VP_PRODUCT HEAD_OF_SALES
                                            #   HEAD_OF_MARKETING HEAD_OF_BUSINESS_DEVELOPMENT (leadership roles),
                                            #   ENGINEERING_MANAGER ENGINEER PRODUCT_MANAGER SALES_REPRESENTATIVE
                                            #   MARKETER OPERATIONS OTHER
              - id: kim                     # unique id; findings name people by it
                name: Kim Lee
                email: kim@example.com      # optional, unique; importers match people by it first
                roles: [CEO]
                deputy: sol                 # who stands in; a leader without one is a finding
              - id: sol
                name: Sol Rivera
                email: sol@example.com
                roles: [CTO]
                reportsTo: kim              # left out for the top of the organisation
                deputy: ana
                engagement: FULL_TIME       # FULL_TIME | FRACTIONAL | INTERIM (default FULL_TIME)
              - id: ana
                name: Ana Costa
                email: ana@example.com
                roles: [ENGINEER]
                reportsTo: sol
              - id: ben
                name: Ben Osei
                roles: [ENGINEER]
                reportsTo: sol

            {rules:cto}
            cto:
              person: sol                   # must hold the CTO role
              timeAllocation:               # percent of working time; sums to 100 (within 1)
                CEO_STRATEGY: 15
                ENGINEERING_PRODUCT: 40
                SALES: 10
                BUSINESS_DEVELOPMENT: 5
                MARKETING: 5
                HANDS_ON_DELIVERY: 15       # coding, firefighting: the weeds
                LEARNING_AND_THINKING: 10
                INTERNAL_IT: 0              # the company's own IT, a CIO's work once there is one
              accountableFor: [BUSINESS_OUTCOMES, TECHNICAL_METRICS]  # DELIVERABLES | SCHEDULE | BUSINESS_OUTCOMES | TECHNICAL_METRICS
              receivesCompetitiveIntelligence: true
              lastTechnologyReview: {review}  # last horizon scan of technology and trends
              ceoMeetings: WEEKLY           # one-to-ones of the CTO and the CEO
              businessBriefings: MONTHLY    # the CTO passing on to the engineers what the business has learnt
              translationSessions: QUARTERLY  # technology leaders explaining to business leaders, and teaching them
              guidesIpPortfolio: true       # the CTO guides what the company patents, protects and publishes
              decisions:                    # recent decisions and whether the CTO took part; kinds: BUILD_VS_BUY
                                            #   ARCHITECTURE TECHNOLOGY_STACK PRODUCT_ROADMAP TEAM_STRUCTURE
                                            #   SENIOR_TECHNICAL_HIRE PARTNERSHIP_OR_ACQUISITION
                - id: payments-provider
                  name: Buy a payment service rather than build one
                  kind: BUILD_VS_BUY
                  ctoInvolved: true
                - id: first-release
                  name: Scope of the first release
                  kind: PRODUCT_ROADMAP
                  ctoInvolved: true
                  customerValidated: true   # PRODUCT_ROADMAP only: checked with customers first

            {rules:knowledge}
            knowledge:                      # who can work on each area unaided
              - area: payments
                critical: true
                experts: [ana, ben]
              - area: mobile-app
                critical: false
                experts: [ben]

            {rules:systems}
            systems:
              - id: orders-db
                holdsData: true
                critical: true
                backup:                     # left out: no backup at all
                  schedule: DAILY           # DAILY | WEEKLY | MONTHLY
                  lastSuccessfulBackup: {backup}
                  lastRestoreTest: {restore}  # left out: never restore-tested
                  offsite: true
              - id: marketing-site
                holdsData: false
                critical: false

            {rules:strategy}
            strategy:                       # when technology leadership joined each initiative
              - id: new-market
                name: Expansion into a new market
                ctoJoinedAt: FORMULATION    # FORMULATION | REVIEW | FEASIBILITY | IMPLEMENTATION | NEVER

            {rules:forums}
            forums:                         # kinds: EXECUTIVE_MEETING QUARTERLY_BUSINESS_REVIEW BOARD
                                            #   CUSTOMER_ADVISORY_BOARD MARKET_RESEARCH_REVIEW OTHER
              - id: exec-weekly
                kind: EXECUTIVE_MEETING
                ctoAttends: true
                technologyMinutes: 30
                technicalDepth: ARCHITECTURE_WELCOME   # HIGH_LEVEL_ONLY | ARCHITECTURE_WELCOME
                architectureDiscussionsCut: false

            {rules:indicators}
            indicators:                     # 1..5 scale; target 3.0
              - { indicator: TECH_STRATEGY_ALIGNMENT,    value: 3.5, measuredOn: {measured} }
              - { indicator: ENGINEERING_CULTURE_HEALTH, value: 3.2, measuredOn: {measured} }
              - { indicator: EMPLOYEE_SATISFACTION,      value: 3.8, measuredOn: {measured} }

            {rules:commitments}
            commitments:                    # promises to customers that need technology
              - id: first-customer-sso
                customer: First Customer Ltd
                promise: Single sign-on by the end of the quarter
                madeBy: kim
                technologyReviewed: true
                specificationComplete: true # what to build was specified before the date was promised

            {rules:suppliers}
            suppliers:
              - id: cloud-host
                critical: true
                roadmapKnown: true
                onTimeDeliveryRate: 0.95    # share of deliveries on time, 0..1

            {rules:security}
            security:
              incidentResponsePlan: true
              credentialRotationProcess: true
              dataAccessMonitoring: true    # tracking with automatic stops against data theft
              awarenessTraining: YEARLY     # how often staff learn to spot phishing and social engineering

            {rules:waivers}
            waivers:                        # findings accepted for a while (reported as waived until they expire)
              - ruleId: no-deputy
                subject: ana
                reason: Example waiver; delete it, or replace it with a finding you accept and why
                expires: {expires}
            """;
}
