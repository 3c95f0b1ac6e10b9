package org.eldercare.oversight.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.eldercare.oversight.codes.Uscc;
import org.eldercare.oversight.common.ClockConfiguration;
import org.eldercare.oversight.identity.AccountAdministration;
import org.eldercare.oversight.identity.PlatformUser;
import org.eldercare.oversight.identity.SystemUser;
import org.eldercare.oversight.registry.InstitutionRoster;
import org.eldercare.oversight.workforce.ban.BanRegister;
import org.eldercare.oversight.workforce.ban.BanSource;
import org.eldercare.oversight.workforce.ban.IndustryBan;
import org.eldercare.oversight.workforce.staff.Employment;
import org.eldercare.oversight.workforce.staff.Hiring;
import org.eldercare.oversight.workforce.staff.StaffPeople;
import org.eldercare.oversight.workforce.training.Qualifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo staff (profile demo only): five employees of 夕阳红老年公寓 hired by demo-institution through the services (so the
 * ban check, events and to-dos apply), some trained and certified; and one court ban entered by demo-county for a person
 * who is not employed (hiring {@link #BANNED} is refused).
 */
@Component
@Profile("demo")
@Order(40)
class DemoWorkforce implements ApplicationRunner {

    /** The demo person under an industry ban (a made-up, valid number). */
    static final String BANNED = id("53230119800101005");
    private static final Logger log = LoggerFactory.getLogger(DemoWorkforce.class);
    private final InstitutionRoster roster;
    private final AccountAdministration users;
    private final Hiring hiring;
    private final Qualifications qualifications;
    private final BanRegister bans;
    private final StaffPeople people;
    private final Clock clock;

    DemoWorkforce(InstitutionRoster roster, AccountAdministration users, Hiring hiring, Qualifications qualifications, BanRegister bans,
                  StaffPeople people, Clock clock) {
        this.roster = roster;
        this.users = users;
        this.hiring = hiring;
        this.qualifications = qualifications;
        this.bans = bans;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PlatformUser institution = users.principal("demo-institution").orElse(null);
        PlatformUser county = users.principal("demo-county").orElse(null);
        String uscc = Uscc.complete("91532301MA0000002").value();
        if (institution == null || county == null || roster.findByUscc(uscc).isEmpty()
                || people.find(people.parse(id("53230119700312002"))).isPresent()) {
            return;
        }
        SystemUser.runAs(institution, () -> staff(uscc));
        SystemUser.runAs(county, this::ban);
        log.info("Demo staff and industry ban created");
    }

    private void staff(String uscc) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        LocalDate start = today.minusYears(2);
        long director = hire(uscc, "周美华", "53230119700312002", "DIRECTOR", null, start, 2008);
        long carer = hire(uscc, "李秀兰", "53230119780905004", "CARE_WORKER", "FOUR", start, 2015);
        long carer2 = hire(uscc, "杨春梅", "53230119850621006", "CARE_WORKER", "FIVE", today.minusMonths(3), 2024);
        hire(uscc, "张建国", "53230119660118003", "COOK", null, start, 2010);
        hire(uscc, "马丽", "53230119920227008", "SOCIAL_WORKER", null, today.minusMonths(8), 2020);
        for (long e : new long[] {director, carer}) {
            for (String kind : new String[] {"SKILLS", "FIRE_SAFETY", "FOOD_SAFETY"}) {
                qualifications.recordTraining(e, new Qualifications.NewTraining(kind, null, "楚雄州养老服务培训中心",
                        BigDecimal.valueOf(8), start.minusDays(10)));
            }
        }
        qualifications.recordCertificate(carer, new Qualifications.NewCertificate("CARE_WORKER", "FOUR", "S000053230000"
                + "1234", "云南省养老护理职业技能评价中心", start.minusMonths(6), null));
        qualifications.recordTraining(carer2, new Qualifications.NewTraining("UPGRADE", "失能老人照护提升", "楚雄州养老服务培训中心",
                BigDecimal.valueOf(16), today.minusDays(20)));
    }

    private long hire(String uscc, String name, String first17, String role, String level, LocalDate start, int since) {
        Employment e = hiring.hire(uscc, new Hiring.NewHire(name, id(first17), "13987650" + first17.substring(14, 17), role, level,
                start, since, null));
        return e.id();
    }

    private void ban() {
        LocalDate start = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).minusMonths(6);
        bans.add(BANNED, new IndustryBan.Entry("王某某", BanSource.COURT, "（2025）云2301刑初88号刑事判决书", "楚雄市人民法院",
                "在养老机构护理工作中虐待被看护老人（刑法第二百六十条之一），判处从业禁止", start, start.plusYears(3).minusDays(1)));
    }

    /** A valid 公民身份号码 from its first 17 digits (GB 11643-1999 check character). */
    static String id(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
