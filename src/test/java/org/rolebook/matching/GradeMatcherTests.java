package org.rolebook.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolebook.matching.MatchingFixtures.coverSupervisor;
import static org.rolebook.matching.MatchingFixtures.pupilSupportWorkerGrade5;
import static org.rolebook.matching.MatchingFixtures.seedMatcher;
import static org.rolebook.matching.MatchingFixtures.teachingAssistant;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.Grade;
import org.rolebook.matching.Suggestion.FlagKind;
import org.rolebook.matching.Suggestion.Status;
import org.rolebook.matching.internal.MatchAnalyzer;

class GradeMatcherTests {

    @Test
    void thePupilSupportWorkerFormIsGrade5WithEvidenceFromTheGrade5Column() {
        Suggestion suggestion = seedMatcher().suggest(pupilSupportWorkerGrade5());

        assertThat(suggestion.suggested()).isNotNull();
        assertThat(suggestion.suggested().grade()).isEqualTo(Grade.of(5));
        assertThat(suggestion.suggested().familyName()).isEqualTo("Student Support Services");
        assertThat(suggestion.runnerUp()).isNotNull();
        assertThat(suggestion.ranking()).hasSize(9);
        assertThat(suggestion.ranking().getFirst().grade()).isEqualTo(Grade.of(5));
        assertThat(suggestion.evidence())
                .filteredOn(e -> e.grade().equals(Grade.of(5)) && e.dimension() == Dimension.ACCOUNTABILITIES)
                .isNotEmpty()
                .allSatisfy(e -> {
                    assertThat(e.matchedWords()).isNotEmpty();
                    assertThat(e.profileText()).isNotBlank();
                    assertThat(e.frameworkText()).isNotBlank();
                });
        assertThat(suggestion.evidence())
                .anySatisfy(
                        e -> assertThat(e.frameworkText()).isEqualTo("Supervising pupils in non-structured breaks"));
        assertThat(suggestion.byDimension())
                .extracting(Suggestion.DimensionLean::dimension)
                .contains(Dimension.ACCOUNTABILITIES, Dimension.PURPOSE)
                .isSorted();
    }

    static Stream<Arguments> exampleTitles() {
        return MatchingFixtures.families().stream()
                .flatMap(family -> family.levels().stream())
                .flatMap(level -> level.exampleTitles().stream().map(title -> Arguments.of(title, level.grade())));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("exampleTitles")
    void eachExampleTitleAloneGivesItsOwnGrade(String title, Grade grade) {
        Suggestion suggestion = seedMatcher().suggest(ProfileText.ofTitle(title));

        assertThat(suggestion.suggested()).isNotNull();
        assertThat(suggestion.suggested().grade()).isEqualTo(grade);
        assertThat(suggestion.status()).isEqualTo(Status.TENTATIVE);
        assertThat(suggestion.hasFlag(FlagKind.TOO_LITTLE_TEXT)).isTrue();
        assertThat(suggestion.evidence())
                .anySatisfy(e -> assertThat(e.dimension()).isEqualTo(Dimension.EXAMPLE_TITLES));
    }

    @ParameterizedTest
    @CsvSource({
        "Midday Assistant, 3",
        "Lunchtime Assistant, 3",
        "MSA, 3",
        "MDSA, 3",
        "Dinner Lady, 3",
        "Senior MSA, 4",
        "Snr Midday Supervisor, 4",
        "Snr. ICT Technician, 8",
        "IT Technician, 6",
        "Senior IT Technician, 8",
        "School Games Organiser, 10"
    })
    void whatSchoolsAlsoCallAnExampleTitleGivesItsGrade(String title, int grade) {
        Suggestion suggestion = seedMatcher().suggest(ProfileText.ofTitle(title));

        assertThat(suggestion.suggested().grade()).isEqualTo(Grade.of(grade));
        assertThat(suggestion.evidence())
                .anySatisfy(e -> assertThat(e.dimension()).isEqualTo(Dimension.EXAMPLE_TITLES));
    }

    @Test
    void theWordsOfAnAdvertsFrameAreNoEvidence() {
        MatchAnalyzer analyzer = new MatchAnalyzer();

        assertThat(analyzer.terms("This role is non-teaching; the closing date is in June"))
                .doesNotContain("role", "date", "non");
        Suggestion frame = seedMatcher()
                .suggest(ProfileText.ofFreeText(
                        "", "This is a senior role\nClosing date: 4 February\nA non-teaching role"));
        assertThat(frame.evidence()).isEmpty();
        assertThat(frame.status()).isEqualTo(Status.NOT_ENOUGH_TO_JUDGE);
    }

    @Test
    void itInCapitalsIsInformationTechnologyButInAHeadingThePronoun() {
        MatchAnalyzer analyzer = new MatchAnalyzer();

        assertThat(analyzer.terms("Provide IT support to staff")).contains("ict");
        assertThat(analyzer.terms("Head of IT")).contains("ict");
        assertThat(analyzer.terms("WHAT IT INVOLVES")).doesNotContain("ict");
        assertThat(analyzer.terms("Make sure it is done")).doesNotContain("ict");
    }

    @Test
    void aLabIsALaboratory() {
        assertThat(frameworkTextMatching("Look after the science labs"))
                .contains("Setting up and maintenance of laboratory equipment");
    }

    @Test
    void aProfileWhoseEvidenceAgreesIsConfident() {
        Suggestion midday = seedMatcher().suggest(MatchingFixtures.middaySupervisorGrade3());
        Suggestion ict = seedMatcher().suggest(MatchingFixtures.ictTechnicianGrade6());

        assertThat(midday.suggested().grade()).isEqualTo(Grade.of(3));
        assertThat(midday.status()).isEqualTo(Status.CONFIDENT);
        assertThat(midday.flags()).isEmpty();
        assertThat(ict.suggested().grade()).isEqualTo(Grade.of(6));
        assertThat(ict.status()).isEqualTo(Status.CONFIDENT);
        assertThat(ict.cues()).extracting(Suggestion.Cue::label).contains("Level 3");
    }

    @Test
    void theSeedFormRaisesNoFlag() {
        assertThat(seedMatcher().suggest(pupilSupportWorkerGrade5()).flags()).isEmpty();
    }

    @Test
    void staffResponsibilityNoButManagingStaffIsFlagged() {
        ProfileText managing = pupilSupportWorkerGrade5()
                .withAccountabilities(
                        List.of("Line manage a team of four learning mentors, including their appraisals"));

        assertThat(seedMatcher().suggest(managing).flags()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.STAFF_RESPONSIBILITY_CONTRADICTED);
            assertThat(flag.message()).contains("\"No\"").contains("Line manage");
        });
    }

    @Test
    void aStatedGradeTwoAwayOnThisScaleIsFlagged() {
        Suggestion suggestion = seedMatcher().suggest(withStatedGrade(pupilSupportWorkerGrade5(), "Grade 8"));

        assertThat(suggestion.flags()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.STATED_GRADE_DISAGREES);
            assertThat(flag.message()).contains("Grade 8").contains("Grade 5");
        });
    }

    @Test
    void aStatedGradeWrittenInWordsIsReadAsTheGrade() {
        Suggestion suggestion = seedMatcher().suggest(withStatedGrade(pupilSupportWorkerGrade5(), "Grade eight"));

        assertThat(suggestion.flags()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.STATED_GRADE_DISAGREES);
            assertThat(flag.message()).contains("Grade 8").contains("Grade 5");
        });
        assertThat(seedMatcher()
                        .suggest(withStatedGrade(pupilSupportWorkerGrade5(), "Grade five"))
                        .hasFlag(FlagKind.STATED_GRADE_DISAGREES))
                .isFalse();
    }

    @Test
    void aStatedGradeTheFamilyDoesNotHaveIsFlaggedNotPassedOver() {
        Suggestion suggestion = seedMatcher().suggest(withStatedGrade(pupilSupportWorkerGrade5(), "Grade 15"));

        assertThat(suggestion.flags())
                .filteredOn(flag -> flag.kind() == FlagKind.STATED_GRADE_DISAGREES)
                .singleElement()
                .extracting(Suggestion.Flag::message)
                .isEqualTo("the profile states Grade 15, which Student Support Services does not have (Grade 3 to"
                        + " Grade 11); the evidence suggests Grade 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grade D", "Scale E", "SCP 18", "Scale 2 (11 – 13)", "TS1", "Grade 6"})
    void otherEmployersScalesAndNearGradesAreNotFlagged(String stated) {
        Suggestion suggestion = seedMatcher().suggest(withStatedGrade(pupilSupportWorkerGrade5(), stated));

        assertThat(suggestion.hasFlag(FlagKind.STATED_GRADE_DISAGREES)).isFalse();
    }

    @Test
    void aTitleThatIsAnExampleOfAnotherGradeIsFlagged() {
        ProfileText networkManager = withTitle(pupilSupportWorkerGrade5(), "Network Manager");

        Suggestion suggestion = seedMatcher().suggest(networkManager);

        // whichever way the suggestion goes, the title and the rest of the evidence are named as two grades
        assertThat(suggestion.flags()).anySatisfy(flag -> {
            assertThat(flag.kind()).isEqualTo(FlagKind.TITLE_OF_OTHER_GRADE);
            assertThat(flag.message()).contains("example title of Grade 9").contains("Grade 5");
        });
    }

    @Test
    void aTitleTheSuggestionFollowsIsFlaggedWhenTheRestOfTheEvidenceIsTwoGradesAway() {
        Suggestion midday = seedMatcher().suggest(withTitle(pupilSupportWorkerGrade5(), "Midday Supervisor"));
        Suggestion technician = seedMatcher().suggest(withTitle(pupilSupportWorkerGrade5(), "ICT Technician"));

        assertThat(midday.suggested().grade()).isEqualTo(Grade.of(3));
        assertThat(midday.flags())
                .filteredOn(flag -> flag.kind() == FlagKind.TITLE_OF_OTHER_GRADE)
                .extracting(Suggestion.Flag::message)
                .containsExactly("\"Midday Supervisor\" is an example title of Grade 3, which the suggestion follows;"
                        + " the rest of the evidence suggests Grade 5");
        // one grade between the title and the rest of the evidence is no contradiction
        assertThat(technician.suggested().grade()).isEqualTo(Grade.of(6));
        assertThat(technician.hasFlag(FlagKind.TITLE_OF_OTHER_GRADE)).isFalse();
    }

    @Test
    void tooLittleTextIsFlaggedAndNeverConfident() {
        ProfileText thin = new ProfileText(
                "Support Worker", null, null, "", List.of("Help with lunchtime"), List.of(), List.of(), "");

        Suggestion suggestion = seedMatcher().suggest(thin);

        assertThat(suggestion.hasFlag(FlagKind.TOO_LITTLE_TEXT)).isTrue();
        assertThat(suggestion.status()).isNotEqualTo(Status.CONFIDENT);
    }

    @Test
    void theTooLittleTextFlagSaysWhatWasMeasured() {
        ProfileText weak = new ProfileText(
                "Support Worker",
                null,
                null,
                "",
                List.of("Help with lunchtime", "Tidy the hall", "Answer the phone"),
                List.of(),
                List.of(),
                "");
        ProfileText words = new ProfileText(
                "Support Worker",
                null,
                null,
                "",
                List.of(
                        "Supervising lunchtime activities outdoors and indoors",
                        "Supervising lunchtime activities indoors and outdoors"),
                List.of(),
                List.of(),
                "");

        assertThat(seedMatcher().suggest(weak).flags())
                .filteredOn(flag -> flag.kind() == FlagKind.TOO_LITTLE_TEXT)
                .singleElement()
                .extracting(Suggestion.Flag::message)
                .asString()
                .matches(
                        "too little text to judge by: \\d of its \\d lines match the framework, together worth \\d\\.\\d"
                                + " of the 2 full matches needed");
        assertThat(seedMatcher()
                        .suggest(ProfileText.ofFreeText("", "Lorem ipsum dolor sit amet"))
                        .flags())
                .extracting(Suggestion.Flag::message)
                .contains("too little text to judge by: its one line does not match the framework");
        assertThat(seedMatcher().suggest(words).flags())
                .extracting(Suggestion.Flag::message)
                .contains("too little text to judge by: it has only 5 different words; 12 are needed");
    }

    @Test
    void lineManagementAndADegreeMoveAGrade5ProfileUpNeverDown() {
        ProfileText grade5 = pupilSupportWorkerGrade5();
        ProfileText more = grade5.withAccountabilities(List.of(
                        "Line manage the team of learning mentors and attendance officers, including appraisal"))
                .withAdditionalInformation(List.of("A degree in education, social work or a related subject"));

        Suggestion before = seedMatcher().suggest(grade5);
        Suggestion after = seedMatcher().suggest(more);

        assertThat(after.suggested().grade()).isGreaterThan(before.suggested().grade());
        assertThat(expectedGrade(after)).isGreaterThan(expectedGrade(before));
        assertThat(after.cues()).extracting(Suggestion.Cue::label).contains("line manages staff", "degree");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hold an NVQ Level 2 qualification in supporting teaching and learning",
                "Level 3 childcare qualification or equivalent",
                "GCSE English and maths at grade C or above",
                "A degree in a relevant subject",
                "Educated to graduate level or equivalent",
                "Holds a postgraduate diploma in information and library studies",
                "Chartered member of CILIP, or working towards it"
            })
    void aQualificationWrittenAsOneIsAQualificationCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.QUALIFICATION, line)).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Organise Level 2 competitions between the schools of the partnership",
                "Run the Level 3 county finals each summer",
                "This post has a high degree of contact with children and vulnerable adults",
                "A one-year post for recent graduates who want experience of school life",
                "The graduate trainee will shelve returned books and staff the issue desk",
                "Suited to someone who hopes to start a postgraduate course next year",
                "All staff should have a copy of the Play Policy and Play Charter"
            })
    void wordsThatOnlyLookLikeAQualificationAreNoQualificationCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.QUALIFICATION, line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "They will be line managed by the Assistant Head",
                "Supervised by the Senior Midday Supervisor and managed by the Headteacher",
                "Line manage the team of staff and volunteers in the absence of the Play Leader",
                "Direct supervisory responsibility for: none",
                "There is no management responsibility for other members of staff",
                "Supervise and assist children with autism in the dining hall"
            })
    void beingManagedStandingInOrSupervisingPupilsIsNoSupervisionCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.SUPERVISION, line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Line manage the team of midday supervisors", "Supervise staff by allocating the daily rota"})
    void managingOthersIsASupervisionCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.SUPERVISION, line)).contains(line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Coordinate the sports programme across several schools of the partnership",
                "Plan network development across multiple sites"
            })
    void workAcrossSitesOrAPartnershipIsAScopeCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.SCOPE, line)).isNotEmpty().containsOnly(line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It is up to schools and local authorities to decide what qualifications applicants need",
                "Liaise with the local authority attendance team about persistent absence"
            })
    void theLocalAuthorityNamedIsNoScopeCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.SCOPE, line)).isEmpty();
    }

    @Test
    void workingIndependentlyIsAnAutonomyCueAndIndependentLearningIsNot() {
        assertThat(linesShowing(Suggestion.CueKind.AUTONOMY, "Able to work independently and as part of a team"))
                .containsExactly("Able to work independently and as part of a team");
        assertThat(linesShowing(Suggestion.CueKind.AUTONOMY, "Help pupils establish skills for independent learning"))
                .isEmpty();
    }

    @Test
    void freedomToActIsAnAutonomyCueAndTheSchoolsStrategicAimsAreNot() {
        assertThat(linesShowing(Suggestion.CueKind.AUTONOMY, "Has freedom to act and is remotely managed"))
                .containsExactly("Has freedom to act and is remotely managed");
        assertThat(linesShowing(Suggestion.CueKind.AUTONOMY, "Support the school's vision and strategic objectives"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Manage and develop the school's pastoral support service",
                "Lead the development of the attendance strategy across the school",
                "Coordinates the enrichment programmes of the extended school",
                "Provides leadership and management of the library and resource centre"
            })
    void managingAServiceOrProgrammeIsALeadershipCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.LEADERSHIP, line)).containsExactly(line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Deliver the nurture programme planned by the pastoral lead",
                "Coordinate repairs with the Works Department",
                "Responsible for the personal development of the pupils in the group",
                "Help to manage pupils' behaviour in the dining hall",
                "Help pupils to develop anti-bullying strategies",
                "Supporting behaviour management strategies and monitoring behaviour logs"
            })
    void doingTheWorkOfAServiceIsNoLeadershipCue(String line) {
        assertThat(linesShowing(Suggestion.CueKind.LEADERSHIP, line)).isEmpty();
    }

    @Test
    void theLeadershipCuePointsToTheGradesWhoseTextManagesOrLeadsAServiceOrProgramme() {
        Suggestion suggestion = seedMatcher()
                .suggest(ProfileText.ofFreeText(
                        "Pastoral Manager", "Manage and develop the school's pastoral support service."));
        assertThat(suggestion.cues())
                .filteredOn(cue -> cue.kind() == Suggestion.CueKind.LEADERSHIP)
                .singleElement()
                .satisfies(cue ->
                        assertThat(cue.grades()).extracting(Grade::number).containsExactly(8, 9, 10, 11));
    }

    @Test
    void aCalmNonJudgementalMannerIsNoJudgementOfThePostsOwn() {
        assertThat(linesShowing(Suggestion.CueKind.AUTONOMY, "A calm, non-judgemental approach to pupils"))
                .isEmpty();
        assertThat(linesShowing(Suggestion.CueKind.AUTONOMY, "Uses judgement to deal with a range of situations"))
                .containsExactly("Uses judgement to deal with a range of situations");
    }

    static final List<String> MANAGING = List.of(
            "Manage and develop the school's behaviour and attendance service",
            "Line manage the team of pastoral support assistants, including appraisal");

    static double share(Suggestion suggestion, int grade) {
        return suggestion.ranking().stream()
                .filter(level -> level.grade().number() == grade)
                .mapToDouble(Suggestion.LevelScore::score)
                .sum();
    }

    @Test
    void pastoralWorkWithPupilsIsNotManagingThePastoralServiceAndTheCueSaysSo() {
        ProfileText pupilLevel = MatchingFixtures.pastoralSupportAssistant();
        Suggestion kept = GradeMatcher.of(MatchingFixtures.families(), 1.0).suggest(pupilLevel);
        Suggestion suggestion = seedMatcher().suggest(pupilLevel);

        for (int grade = 8; grade <= 11; grade++) {
            assertThat(share(suggestion, grade)).as("Grade %d", grade).isLessThan(share(kept, grade));
        }
        assertThat(suggestion.cues())
                .filteredOn(cue -> cue.kind() == Suggestion.CueKind.LEADERSHIP)
                .singleElement()
                .satisfies(cue -> {
                    assertThat(cue.label()).isEqualTo("no line manages or leads a service or programme");
                    assertThat(cue.direction()).isEqualTo(Suggestion.Direction.DOWN);
                    assertThat(cue.profileField()).isEmpty();
                    assertThat(cue.grades()).extracting(Grade::number).containsExactly(8, 9, 10, 11);
                });
        assertThat(kept.cues())
                .filteredOn(cue -> cue.kind() == Suggestion.CueKind.LEADERSHIP)
                .isEmpty();
    }

    @Test
    void managingTheServiceOrItsStaffKeepsEveryVoteAndMovesThePostUp() {
        ProfileText managing = MatchingFixtures.pastoralSupportAssistant().withAccountabilities(MANAGING);
        Suggestion kept = GradeMatcher.of(MatchingFixtures.families(), 1.0).suggest(managing);
        Suggestion suggestion = seedMatcher().suggest(managing);
        Suggestion pupilLevel = seedMatcher().suggest(MatchingFixtures.pastoralSupportAssistant());

        assertThat(suggestion.ranking()).isEqualTo(kept.ranking());
        assertThat(suggestion.suggested().grade())
                .isGreaterThanOrEqualTo(pupilLevel.suggested().grade());
        assertThat(share(suggestion, 9)).isGreaterThan(share(pupilLevel, 9));
        assertThat(suggestion.cues())
                .filteredOn(cue -> cue.kind() == Suggestion.CueKind.LEADERSHIP)
                .extracting(Suggestion.Cue::direction)
                .doesNotContain(Suggestion.Direction.DOWN);
    }

    /** The lines that show a cue of this kind in a profile of one plain duty and the line given (not cues no line shows). */
    static List<String> linesShowing(Suggestion.CueKind kind, String line) {
        Suggestion suggestion = seedMatcher()
                .suggest(ProfileText.ofFreeText(
                        "Midday Supervisor", "Supervise pupils at lunchtime in the hall and playground.\n" + line));
        return suggestion.cues().stream()
                .filter(cue -> cue.kind() == kind && !cue.profileField().isEmpty())
                .map(Suggestion.Cue::profileText)
                .toList();
    }

    @Test
    void anExampleTitlesSettingInBracketsCountsWhenTheTextSaysIt() {
        String duties = "Supervise pupils at lunchtime in the dining hall and the playground.\n";

        assertThat(exampleTitleMatched(ProfileText.ofFreeText(
                        "Midday Meals Supervisor", duties + "Our special school is for pupils aged 2 to 19.")))
                .isEqualTo("Midday Supervisor (Special School)");
        assertThat(exampleTitleMatched(ProfileText.ofFreeText(
                        "Midday Meals Supervisor", duties + "Our primary school is for pupils aged 4 to 11.")))
                .isEqualTo("Midday Supervisor (Primary / Secondary)");
    }

    @Test
    void anExampleTitleKeepsItsWeightHoweverLongTheText() {
        String duties = String.join(
                "\n",
                "Supervise pupils in the dining hall and the playground over the lunch break",
                "Administer basic first aid to pupils and record accidents in the accident book",
                "Supervise pupils in non-structured breaks and keep them safe",
                "Encourage good behaviour and table manners, following the school's behaviour policy",
                "Set up and put away play equipment for lunchtime activities",
                "Deal with minor disputes between pupils and report serious incidents to the class teacher",
                "Help younger pupils to cut up food and open packed lunches",
                "Clear tables and wipe up spills in the dining hall",
                "Escort pupils to and from classrooms at the start and end of the lunch break",
                "Attend training in first aid, safeguarding and behaviour management");

        Suggestion untitled = seedMatcher().suggest(ProfileText.ofFreeText("Lunchtime Helper", duties));
        Suggestion titled = seedMatcher().suggest(ProfileText.ofFreeText("Midday Supervisor (Primary)", duties));

        // First aid and break supervision are Grade 5 tasks too; the post is the framework's own Grade 3 example.
        assertThat(untitled.suggested().grade()).isEqualTo(Grade.of(5));
        assertThat(titled.suggested().grade()).isEqualTo(Grade.of(3));
    }

    static String exampleTitleMatched(ProfileText profile) {
        return seedMatcher().suggest(profile).evidence().stream()
                .filter(evidence -> evidence.dimension() == Dimension.EXAMPLE_TITLES)
                .findFirst()
                .orElseThrow()
                .frameworkText();
    }

    @Test
    void aFormLabelWithNothingAfterItIsNoEvidence() {
        Suggestion suggestion = seedMatcher()
                .suggest(ProfileText.ofFreeText(
                        "Play Leader",
                        "Department/Directorate:\nPlan and lead play activities for the children of the club."));

        assertThat(suggestion.cues())
                .noneSatisfy(cue -> assertThat(cue.profileText()).startsWith("Department"));
        assertThat(suggestion.evidence())
                .noneSatisfy(evidence -> assertThat(evidence.profileText()).startsWith("Department"));
    }

    @Test
    void aLunchBreakIsLunchtimeNotTheBreaksOfTheSchoolDay() {
        assertThat(frameworkTextMatching("Supervise pupils in the playground during the lunch break"))
                .containsExactly("Supervising lunchtime activities outdoors and indoors when inclement weather.");
        assertThat(frameworkTextMatching("Supervise pupils in the playground during morning and afternoon breaks"))
                .contains("Supervising pupils in non-structured breaks");
    }

    @Test
    void lineManagementMeetsLineManagementNotWorkInLineWithAPolicy() {
        assertThat(frameworkTextMatching("Record accidents in line with school policy"))
                .doesNotContain("May have line management responsibility");
        assertThat(frameworkTextMatching("Line management responsibility for the play workers"))
                .contains("May have line management responsibility");
    }

    /** Two plain lunchtime duties the line under test is read beside. */
    private static final String OTHER_DUTIES = "\nEncourage children to play well together and resolve minor disputes"
            + "\nSet out play equipment for lunchtime activities";

    /** The framework statements the line matched, read beside two plain lunchtime duties. */
    static List<String> frameworkTextMatching(String line) {
        return seedMatcher().suggest(ProfileText.ofFreeText("", line + OTHER_DUTIES)).evidence().stream()
                .filter(evidence -> evidence.profileText().equals(line))
                .map(Suggestion.Evidence::frameworkText)
                .toList();
    }

    @Test
    void theSameProfileGetsTheSameSuggestionEveryTime() {
        Suggestion first = seedMatcher().suggest(pupilSupportWorkerGrade5());
        Suggestion again = seedMatcher().suggest(pupilSupportWorkerGrade5());
        Suggestion fresh = GradeMatcher.of(MatchingFixtures.families()).suggest(pupilSupportWorkerGrade5());

        assertThat(again).isEqualTo(first);
        assertThat(fresh).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "   ", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"})
    void anEmptyOrNonsenseProfileIsNotEnoughToJudge(String text) {
        Suggestion suggestion = seedMatcher().suggest(ProfileText.ofFreeText("", text));

        assertThat(suggestion.status()).isEqualTo(Status.NOT_ENOUGH_TO_JUDGE);
        assertThat(suggestion.suggested()).isNull();
        assertThat(suggestion.confidence()).isZero();
    }

    @Test
    void postsOutsideTheFamilyGetLowConfidenceAndAFlag() {
        for (ProfileText outside : List.of(
                teachingAssistant(), coverSupervisor(), MatchingFixtures.caretaker(), MatchingFixtures.cook())) {
            Suggestion suggestion = seedMatcher().suggest(outside);

            assertThat(suggestion.status()).as(outside.title()).isEqualTo(Status.OUTSIDE_FAMILIES);
            assertThat(suggestion.confidence()).as(outside.title()).isLessThan(0.3);
            assertThat(suggestion.hasFlag(FlagKind.OUTSIDE_FAMILIES))
                    .as(outside.title())
                    .isTrue();
        }
    }

    @Test
    void aMiddaySupervisorWhoHelpsTheKitchenAndTheCaretakerIsNotOutside() {
        Suggestion suggestion = seedMatcher().suggest(ProfileText.ofFreeText("Midday Supervisor", """
                        Supervise pupils in the dining hall while school meals are served
                        Assist the kitchen staff in preparing the dining area
                        Clean up spillages and tell the caretaker of anything broken
                        Supervise play in the playground and indoors in wet weather
                        Administer basic first aid and record it in the accident book
                        """));

        assertThat(suggestion.status()).isNotEqualTo(Status.OUTSIDE_FAMILIES);
        assertThat(suggestion.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isFalse();
    }

    @Test
    void aTitleOrTheWorkOfAnOfficeIsOutsideTheFamily() {
        String invigilation = """
                Invigilate examinations in line with the awarding bodies' regulations
                Set out the examination room and the candidates' seating plan
                Collect the scripts at the end of each examination
                """;
        Suggestion invigilator = seedMatcher().suggest(ProfileText.ofFreeText("Exam Invigilator", invigilation));
        Suggestion office = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Staff the school's front office and switchboard, answering telephone calls
                        Keep the petty cash and prepare the banking reconciliation each month
                        Raise purchase orders and process invoices for payment
                        Take the minutes of meetings of the finance committee
                        """));

        assertThat(invigilator.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(invigilator.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(
                        message -> message.contains("\"Exam Invigilator\" names a post of administration and finance"));
        assertThat(office.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(office.status()).isIn(Status.OUTSIDE_FAMILIES, Status.NOT_ENOUGH_TO_JUDGE);
    }

    @Test
    void assistingTheTeacherWithLearningTasksShowsATeachingAssistantWithoutItsTitle() {
        Suggestion assistant = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Assist the teacher in preparing the classroom for the day
                        Work with groups of pupils on the learning tasks set for them
                        Help pupils with their reading, spelling and handwriting
                        Feed back to the teacher on how each pupil got on
                        """));

        assertThat(assistant.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(assistant.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(message -> message.contains("describe teaching and learning work"));
    }

    @Test
    void aSchoolNurseIsOfSchoolHealthAndAMatronGivingMedicinesIsNot() {
        Suggestion nurse = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Run nurse-led surgeries for pupils each morning as a registered nurse
                        Keep to the NMC code and keep clinical records of every consultation
                        Run the immunisation programme with the local health team
                        Carry out health assessments and screening of new pupils
                        """));
        Suggestion matron = seedMatcher().suggest(ProfileText.ofFreeText("Matron", """
                        Look after pupils who are unwell or injured and administer first aid
                        Give pupils their prescribed medicines and record each dose
                        Keep the first aid supplies of the boarding house stocked
                        Take pupils to appointments with the doctor or the school nurse
                        """));

        assertThat(nurse.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(nurse.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(message -> message.contains("describe school health work"));
        assertThat(matron.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isFalse();
    }

    @Test
    void aNurseryPostIsOfTheEarlyYearsByItsTitleOrByItsWork() {
        String nursery = """
                Plan and lead activities for the children of the nursery class in line with the EYFS
                Act as key person for a group of children and keep their learning journals on Tapestry
                Change nappies and help children with their personal care
                Work with the nursery teacher on the Early Years Foundation Stage profile
                """;
        Suggestion titled = seedMatcher().suggest(ProfileText.ofFreeText("Nursery Nurse", "Care for the children."));
        Suggestion byWork = seedMatcher().suggest(ProfileText.ofFreeText("", nursery));

        assertThat(titled.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(titled.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(message -> message.contains("\"Nursery Nurse\" names a post of early years"));
        assertThat(byWork.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(byWork.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(message -> message.contains("describe early years work"));
        assertThat(byWork.status()).isNotEqualTo(Status.CONFIDENT);
    }

    @Test
    void aMiddaySupervisorOfTheNurseryAndReceptionChildrenIsNotOutside() {
        Suggestion suggestion = seedMatcher().suggest(ProfileText.ofFreeText("Midday Supervisor", """
                        Supervise the nursery and reception children while they eat their lunch
                        Help the youngest children with their coats and in the toilets
                        Supervise play in the early years playground and indoors in wet weather
                        Administer basic first aid and record it in the accident book
                        """));

        assertThat(suggestion.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isFalse();
    }

    @Test
    void threeDutiesOfACleanerShowThePostWithoutItsTitle() {
        Suggestion cleaner = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Clean the toilets, floors and corridors of the junior block each evening
                        Vacuum the classrooms and do the dusting and polishing of the offices
                        Lock the gates and doors when the building is empty
                        Report anything broken to the site manager
                        """));

        assertThat(cleaner.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(cleaner.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(message -> message.contains("describe site and premises work"));
    }

    @Test
    void threeDutiesOfACaretakerShowThePostWithoutItsTitle() {
        Suggestion caretaker = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Open and close the school building at the start and end of each day
                        Keep the boiler and the heating running through the winter months
                        Clear snow and ice from the paths and the car park
                        Report anything that needs attention to the headteacher
                        """));

        assertThat(caretaker.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(caretaker.flags())
                .extracting(Suggestion.Flag::message)
                .anyMatch(message -> message.contains("site and premises work (Open and close the school"));
        assertThat(caretaker.status()).isNotEqualTo(Status.CONFIDENT);
    }

    @Test
    void aClassroomAssistantsNumberedDutiesUnderItsPurposeShowItsFamily() {
        Suggestion assistant = seedMatcher().suggest(ProfileTextReader.read("""
                JOB PURPOSE
                Under the direction of the class teacher, assist with the care of pupils with special needs.
                1. Help pupils with communication difficulties to access the curriculum.
                2. Assist the teacher with the support and care of pupils with special educational needs.
                3. Prepare the resources the lessons need and undertake routine marking of pupils' work.
                4. Support phonics and reading interventions with small groups.
                """));

        assertThat(assistant.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isTrue();
        assertThat(assistant.status()).isNotEqualTo(Status.CONFIDENT);
    }

    @Test
    void oneDutyOfAnotherKindIsATaskOfThePostNotItsWork() {
        Suggestion club = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Run the after school club, planning games and activities for the children
                        Draw up the menus, cook snacks and order food, following food hygiene rules
                        Supervise the children and keep the register of attendance
                        Administer basic first aid and record accidents
                        """));

        assertThat(club.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isFalse();
    }

    @Test
    void inOrderToOrdersNothing() {
        Suggestion club = seedMatcher().suggest(ProfileText.ofFreeText("", """
                        Plan the club's sessions in order to offer the highest quality provision
                        Draw up the menus for the club's snacks
                        Supervise the children and keep the register of attendance
                        Take food hygiene training in order to work safely
                        """));

        assertThat(club.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isFalse();
    }

    @Test
    void aTitleThatIsAlsoNearAnExampleTitleNamesNoOtherFamily() {
        Suggestion mixed =
                seedMatcher().suggest(ProfileText.ofFreeText("Breakfast Club Leader and Teaching Assistant", """
                        Run the breakfast club before school, planning games and activities
                        Supervise the children and keep the register of attendance
                        """));

        assertThat(mixed.hasFlag(FlagKind.OUTSIDE_FAMILIES)).isFalse();
    }

    @Test
    void aMatcherWithoutFamiliesSuggestsNothing() {
        Suggestion suggestion = GradeMatcher.of(List.of()).suggest(pupilSupportWorkerGrade5());

        assertThat(suggestion.status()).isEqualTo(Status.NOT_ENOUGH_TO_JUDGE);
        assertThat(suggestion.suggested()).isNull();
    }

    static double expectedGrade(Suggestion suggestion) {
        return suggestion.ranking().stream()
                .mapToDouble(level -> level.grade().number() * level.score())
                .sum();
    }

    static ProfileText withStatedGrade(ProfileText p, String grade) {
        return new ProfileText(
                p.title(),
                grade,
                p.staffResponsibility(),
                p.scope(),
                p.accountabilities(),
                p.optionalDuties(),
                p.additionalInformation(),
                p.freeText());
    }

    static ProfileText withTitle(ProfileText p, String title) {
        return new ProfileText(
                title,
                p.statedGrade(),
                p.staffResponsibility(),
                p.scope(),
                p.accountabilities(),
                p.optionalDuties(),
                p.additionalInformation(),
                p.freeText());
    }

    static ProfileText withStaffResponsibility(ProfileText p, String staff) {
        return new ProfileText(
                p.title(),
                p.statedGrade(),
                staff,
                p.scope(),
                p.accountabilities(),
                p.optionalDuties(),
                p.additionalInformation(),
                p.freeText());
    }

    @SuppressWarnings("unused")
    private static List<String> titles(FamilyLevel level) {
        return level.exampleTitles();
    }
}
