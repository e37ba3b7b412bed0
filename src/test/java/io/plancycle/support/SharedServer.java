package io.plancycle.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one configuration of the API and page tests: PlanCycle on a random port, in a fresh H2 file (or a fresh
 * PostgreSQL database in the postgresql run of mvn verify, {@link TestDatabase}) with the Chiayi plan
 * and the demo users, its job executor running (a cycle's batches of agencies after the first start in jobs), no
 * mail sent. Every test class so annotated shares one Spring context (one start, one plan import), so each works in
 * cycle years no other one opens there (109 ConcurrentCompletionIT, 110 HostileInputIT, 112, 140 and 141
 * OpeningAndBoardPagesIT, 115 and 118 DocumentPagesIT, 116 PlanImportIT, 117 PlanImportPagesIT, 119 and 120
 * ReviewRepliesIT, 123 and 124 ApproverReturnIT, 125 (and 126, kept for it) DraftingChangesIT, 142 and 143
 * RevisionChangesPageIT, 144 kept for CamundaWebappsIT, which runs on a server of its own, 145 EvidenceIT, 146
 * EvidencePagesIT, 147 and 148 ReviewPanelIT, 149 and 150 PeoplePagesIT, 151 and 152 HeadSignOffIT, 153 DeputiesIT,
 * 154 PeopleStoryIT, 158 PgDumpRestorePostgresIT (on PostgreSQL only);
 * SignInPageIT, PeopleIT and DirectorySignInIT open none) and asks the engine only about its own cycles. The city's
 * directory runs beside it ({@link CityDirectory}): users the identity store does not know sign in there. A class
 * whose scenario needs years another one already takes,
 * or no cycle at all, is {@link OwnServer}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = {CityDirectory.class, TestDatabase.class})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "plancycle.data-dir=./target/test-db/server-${random.uuid}",
        "plancycle.mail.embedded=false",
        "plancycle.mail.sender-enabled=false",
        "camunda.bpm.job-execution.enabled=true"})
public @interface SharedServer {
}
