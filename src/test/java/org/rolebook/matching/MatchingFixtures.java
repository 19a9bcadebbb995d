package org.rolebook.matching;

import java.util.List;
import org.rolebook.framework.JobFamily;
import org.rolebook.importing.internal.SeedDocuments;

/** Named fixtures for grade suggestion: the seed family, the seed form's post, and profiles made to show one thing. */
public final class MatchingFixtures {

    private static final GradeMatcher MATCHER = GradeMatcher.of(families());

    private MatchingFixtures() {}

    /** The families of seed 000: Student Support Services, Grades 3 to 11. */
    public static List<JobFamily> families() {
        return List.of(SeedDocuments.studentSupportServices());
    }

    /** One matcher over the seed family, shared: building it indexes the framework. */
    public static GradeMatcher seedMatcher() {
        return MATCHER;
    }

    /** Seed 004, the Pupil Support Worker form (Grade 5), read as a file upload is read. */
    public static ProfileText pupilSupportWorkerGrade5() {
        return ProfileTextReader.read(SeedDocuments.roleProfileFormText());
    }

    /** A midday supervisor post in the words of Grade 3, written for these tests. */
    public static ProfileText middaySupervisorGrade3() {
        return new ProfileText(
                "Midday Supervisor",
                null,
                "No",
                "Supervise pupils safely over the lunch break",
                List.of(
                        "Supervise lunchtime play outdoors, and indoors in wet weather",
                        "Encourage children to play well together and resolve minor disputes",
                        "Follow the rota set by the senior midday supervisor",
                        "Report incidents and accidents to the senior midday supervisor",
                        "Be polite and courteous to colleagues, staff and visitors"),
                List.of(),
                List.of("Basic standard of education"),
                "");
    }

    /** An ICT technician post in the words of Grade 6, written for these tests. */
    public static ProfileText ictTechnicianGrade6() {
        return new ProfileText(
                "ICT Technician",
                null,
                null,
                "Provide school-wide ICT support",
                List.of(
                        "Prepare and test ICT equipment for practical lessons and examinations",
                        "Monitor stocks of ICT consumables and order replacements",
                        "Organise specialist equipment for curriculum areas",
                        "Give health and safety advice on the use of equipment",
                        "Work with small groups of students in practical lessons"),
                List.of(),
                List.of("Level 3 qualification in ICT"),
                "");
    }

    /** A teaching assistant post, written for these tests: not a Student Support Services post. */
    public static ProfileText teachingAssistant() {
        return new ProfileText(
                "Teaching Assistant",
                null,
                null,
                "Under the direction of the class teacher, support teaching and learning of pupils in the classroom",
                List.of(
                        "Deliver phonics, reading and numeracy interventions to small groups planned by the teacher",
                        "Help pupils understand instructions and stay on task during lessons",
                        "Prepare the classroom and learning materials for lessons as directed by the teacher",
                        "Mark pupils' work against the learning objectives and feed back to the teacher",
                        "Support pupils with special educational needs to access the curriculum",
                        "Contribute to lesson planning and to the assessment of pupils' progress in literacy"),
                List.of(),
                List.of("Good literacy and numeracy skills", "Experience of working with children in a classroom"),
                "");
    }

    /** A cover supervisor post, written for these tests: not a Student Support Services post. */
    public static ProfileText coverSupervisor() {
        return new ProfileText(
                "Cover Supervisor",
                null,
                null,
                "Supervise whole classes during the short-term absence of teachers",
                List.of(
                        "Deliver lessons prepared by the absent teacher to whole classes",
                        "Keep pupils on task and maintain good order in the classroom",
                        "Answer pupils' questions about the set work and its instructions",
                        "Collect completed work at the end of the lesson and return it to the class teacher",
                        "Report on the conduct of the lesson and the behaviour of the class to the teacher",
                        "Follow the school's behaviour policy during lessons"),
                List.of(),
                List.of("Experience of working with secondary age pupils"),
                "");
    }

    /** A caretaker: site and premises work, outside Student Support Services. */
    public static ProfileText caretaker() {
        return new ProfileText(
                "School Caretaker",
                null,
                null,
                "Keep the school site safe, clean and open for its users",
                List.of(
                        "Open and close the premises each day and answer alarm calls as a keyholder",
                        "Check the heating and boiler and report building repairs to the business manager",
                        "Supervise the cleaning staff and order cleaning materials",
                        "Clear snow and ice from paths and put out the bins for waste collection",
                        "Open the building for evening lettings"),
                List.of(),
                List.of(),
                "");
    }

    /**
     * Pastoral work with individual pupils, in the words of the framework's Grade 8 purpose (welfare,
     * behaviour, attendance), and no line that manages or leads the service: a pupil-level post.
     */
    public static ProfileText pastoralSupportAssistant() {
        return new ProfileText(
                "Pastoral Support Assistant",
                null,
                null,
                "",
                List.of(
                        "Provide pastoral support for pupils' welfare, behaviour and attendance",
                        "Deliver behaviour interventions for individual pupils and small groups",
                        "Liaise with parents, carers and outside agencies about pupils' progress",
                        "Respond to behavioural incidents and support pupils to reflect on their behaviour",
                        "Attend multi-agency meetings about pupils on the caseload",
                        "Monitor attendance and punctuality and follow up absence with families"),
                List.of(),
                List.of(),
                "");
    }

    /** A school cook: catering work, outside Student Support Services. */
    public static ProfileText cook() {
        return new ProfileText(
                "School Cook",
                null,
                null,
                "Run the school kitchen",
                List.of(
                        "Cook meals each day to the menu, including special dietary requirements",
                        "Prepare food safely and keep food storage areas hygienic",
                        "Order food from the approved suppliers and keep stock rotation records",
                        "Complete the weekly catering returns"),
                List.of(),
                List.of(),
                "");
    }
}
