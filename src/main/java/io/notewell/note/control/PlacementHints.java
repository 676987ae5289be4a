package io.notewell.note.control;

import io.notewell.note.control.InputReader.Role;
import io.notewell.note.control.InputReader.Unit;
import io.notewell.note.control.NoteTemplates.Template;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence belongs before the classifier weighs it: the clinician's own heading, how the clinical voice wrote
 * it (homework, an intervention, an interpretation, the client's response), and the question it answers. A hint is
 * decisive; a topic (what the clinician asked about) only weighs in.
 */
final class PlacementHints {

    /** What the client or a relative agreed to, as {@link ClinicalVoice#agreedTo} writes it. */
    private static final String AGREED_TO_TEXT = "Client(?:'s [a-z-]+)? agreed(?:, regarding [^,]{1,40},)? to ";

    /** Sentences the clinical voice wrote as plan: homework given, the next session. */
    /** What a client's notes say they will do before the next session: "Client will ask her brother to handle the calls". */
    private static final String STEPS_AHEAD = "(?:ask|attend|practi[cs]e|call|try|use|complete|bring|keep|track|log|write|read|schedule|contact|"
            + "reach out|talk|speak|follow up|continue|start|begin|return|join|meet|monitor|reduce|limit|avoid|increase|exercise|"
            + "walk|journal|fill out|apply|spend|work on|review|share|discuss|consider|check|set|make|identify|engage|"
            + "go to|take (?:her|his|their|a|the) |look into|sign up|research|plan to|list|record|rate|challenge|notice)\\b";
    private static final Pattern PLAN_VOICE = Pattern.compile(
            "^(?:" + ClinicalVoice.GIVEN_TO + " asked to|" + ClinicalVoice.GIVEN_TO + " asked, [^,]{1,40},(?: [^,]{1,40},)? to|"
                    + ClinicalVoice.GIVEN_TO + " instructed to|"
                    // "Client's mother was instructed, this week, to stay calm ...": a task for the relative who came
                    + ClinicalVoice.GIVEN_TO + " instructed, [^,]{1,40}, to|Task for client's [a-z-]+:|Client was advised to|" + ClinicalVoice.GIVEN_TO + " advised not to|Client's [a-z-]+ was advised to|Client may (?:continue|keep|take|use|stop|resume|go on)|Next session:|"
                    + "[\\w.'-]+(?: [\\w.'-]+)? and client agreed to try|Client will continue|"
                    // "Therapist and client will report it to the CyberTipline ...": a step both will take after the session
                    + "[\\w.'-]+(?: [\\w.'-]+)? and client will (?:report|contact|notify|file|call|look into|find|apply for)\\b|"
                    // "Therapist advised that his mom can also call the police."
                    + "[\\w.'-]+(?: [\\w.'-]+)? advised that (?:her|his|their) " + ClinicalVoice.RELATIVE_NOUNS + " (?:can|could|may|should)\\b|"
                    // "Therapist asked for his mom to lock up the sleeping pills ...": a task for a relative
                    + "[\\w.'-]+(?: [\\w.'-]+)? asked for (?:her|his|their) " + ClinicalVoice.RELATIVE_NOUNS + " to\\b|"
                    // "Therapist and client added a code word with her sister ...": a step of the safety plan
                    + "[\\w.'-]+(?: [\\w.'-]+)? and client added (?=[^.]*\\b(?:code ?word|safety plan|crisis plan|to (?:the|her|his|their) plan)\\b)|"
                    // "Therapist will arrange spirometry to check his lungs, and they will recheck his blood pressure in four weeks":
                    // an order for later, whatever it names
                    + "(?:Therapist|Doctor|Clinician|Provider|Dr\\.? [A-Z][\\w'-]+) will (?:also )?(?:arrange|order|book|schedule|recheck|request|"
                    + "refer|send|fax|prescribe|start|increase|decrease|taper|repeat|"
                    // "Therapist will write a letter for the court about the impact on her health"
                    + "write (?:a |the |her |his |their )?(?:\\w+ )?(?:letter|note|report|referral|summary))\\b|"
                    // "Therapist and client will make a safety plan in this session": what is still to be done
                    + "[\\w.'-]+(?: [\\w.'-]+)? and client will (?:" + ClinicalVoice.MADE_TOGETHER + ") |"
                    // "Therapist and client will not call her mom until the caseworker tells them how"
                    + "[\\w.'-]+(?: [\\w.'-]+)? and client will not |"
                    // "Client will ask her brother to handle insurance calls this week."
                    + "(?:Client|She|He|They) will (?:also )?" + STEPS_AHEAD + "|"
                    // "Client agreed to give the saved trazodone to her sister tonight": a step agreed on
                    // ("Client agreed, regarding the vaping, to keep track ...", "Client's mother agreed to help by ...")
                    + AGREED_TO_TEXT + "(?!(?:the|this|a|her|his|their) (?:[\\w-]+ )?(?:plan|goals?)\\b)|"
                    + "[\\w.'-]+(?: [\\w.'-]+)? will (?:refer|coordinate|send|schedule|consult|contact|call|order|follow up|set up|fax|email|reach out|talk (?:to|with)|"
                    // "Therapist will share with his mom that he has been having thoughts of not being here"
                    + "share (?:with|this|that|the)|tell (?:his|her|their|the)|"
                    // "Therapist will ask Dr. Patel, his primary care doctor, to see him about the sleep"
                    + "ask (?:Dr\\.? |Doctor )?[A-Z][\\w.'-]*,?(?: [^.]{0,60}?)? to |"
                    // "Therapist will make a report to child protective services", "will let the school nurse know", "will see her
                    // twice a week for now"
                    + "make (?:a|the) (?:report|referral)|file (?:a|the) report|let (?:the|her|his|their) (?:[\\w-]+ ){1,2}know|"
                    + "see (?:her|him|them) (?:again |back )?(?:twice|once|every|weekly|next|on|in|each|more)|"
                    // "Dr. Patel will increase the sertraline to 100 milligrams": a change of medication
                    + "(?:increase|decrease|raise|lower|reduce|keep|continue|change|cut|start|stop|switch|add|taper|titrate|discontinue|hold|"
                    + "restart|resume|adjust|prescribe|refill|renew) (?:the |her |his |their |a |an )?(?:\\w+ ){0,2}?(?:\\d|dose|dosage|"
                    + "medication|meds?|prescription|" + ClinicalVoice.DRUG_NAMES + ")|"
                    // "Dr. Okafor will get a fasting lipid panel and A1c before the next visit"
                    // "Dr. Okafor will get the ASRS questionnaire filled out"
                    + "get (?:a |an |the |some |her |his |their )?[^.]{0,30}\\b(?:questionnaires?|forms?|rating scales?|records|ASRS|Vanderbilt|"
                    + "collateral)\\b|"
                    + "(?:get|check|draw|repeat|do|arrange|run|order|send off) (?:a |an |the |some |her |his |their )?[^.]{0,40}\\b(?:labs?|"
                    + "panel|blood ?work|blood tests?|bloods|full blood count|FBC|levels?|A1c|EKG|ECG|lipids?|CBC|TSH|urine|drug screen|UDS|"
                    + "x-?ray|scan)\\b|"
                    + "speak (?:to|with)|check in|request|obtain|provide|complete|give (?:her|him|them|the client) (?:information|a list|the number|"
                    // "I'll give you the card" (the crisis line's)
                    + "resources|handouts?|the card|a card|the (?:crisis|hotline|helpline) (?:number|card)|(?:her|his|their) card))|"
                    + "[\\w.'-]+(?: [\\w.'-]+)? recommended (?:that|weekly|biweekly|monthly|individual|group|family|couples|intensive|"
                    + "outpatient|therapy|counseling|medication|a|an|increasing|decreasing|raising|lowering|reducing|starting|stopping|"
                    + "switching|adding|tapering|continuing|trying|changing|discontinuing|holding|titrating|restarting|resuming))");

    /** What the clinician observed or measured aloud in session ("Dr. Patel observed that he is well groomed"). */
    // ("Therapist noticed his jaw tighten when ...": seen happen)
    private static final Pattern OBSERVATION_VOICE = Pattern.compile("^[\\w.'-]+(?: [\\w.'-]+)? (?:(?:observed|noted) that|noticed) ");

    /** A test taken in the session and its result: "UDS today positive for fentanyl", "BAC 0.00". */
    private static final Pattern TEST_RESULT = Pattern.compile("^(?:UDS|urine drug screen|UTOX|utox|drug screen|breathalyzer|BAC|"
            + "breath alcohol)\\b[^.]{0,30}?\\b(?:positive|negative|\\d)");
    private static final Pattern ARRIVAL = Pattern.compile("^(?:Client|She|He|They) (?:arrived|presented|came|was|were) "
            + "(?:\\d+ (?:min(?:ute)?s?) |(?:a few|several|\\w+) minutes )?(?:late|early|on time|promptly)\\b");

    private static final Pattern NO_PRIOR_TREATMENT = Pattern.compile("^(?:(?:Client|Pt|Patient|He|She|They) (?:has|had|reports|denies) )?"
            + "(?:no|denies) (?:prior|previous|past|history of)(?: \\w+)? (?:MH |mental health |psychiatric |psych |outpatient |inpatient )?"
            + "(?:treatment|tx|therapy|counsel+ing|hospitali[sz]ations?|admissions?|care)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENSES_LED = Pattern.compile("^(?:menses|menstrual (?:periods?|cycles?)|periods? (?:absent|irregular|stopped)|"
            + "LMP|amenorrh\\w+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLEEP_LED = Pattern.compile("^(?:sleep|sleeping|appetite|energy)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HABIT_CHANGED = Pattern.compile("^(?:(?:Client|Pt|Patient|He|She|They) (?:has been|is|reports) )?"
            + "(?:eating|sleeping|drinking|smoking|vaping|using|exercising|spending|gaming|gambling|going out|socializing|socialising) "
            + "(?:much |a lot |a little |far )?(?:more|less)\\b", Pattern.CASE_INSENSITIVE);

    /** The clinician's interpretation in session: a reflection of meaning, a thinking pattern named. */
    private static final Pattern INTERPRETATION_VOICE = Pattern.compile(
            "^[\\w.'-]+(?: [\\w.'-]+)? (?:reflected that|assessed that|identified the thought as|wondered whether|"
                    // "Therapist identified the eviction notice, no sleep, ... as a lot of triggers stacked up at once"
                    + "(?<!^(?:Client|Pt|Patient|She|He|They) )identified (?!the thought as)[^.]{3,240}?,[^.]{3,240}? as |thinks|believes|suspects|feels that|"
                    + "is (?:most |very |really )?(?:encouraged|concerned|worried|hopeful|pleased|unsure) |"
                    // "Therapist explained the limits of confidentiality: if the therapist believes someone is in serious danger ..."
                    + "explained the limits of confidentiality)"
                    // "those are things I take seriously, both for his safety and for yours": the clinician's weighing of a risk
                    + "|\\b(?:the (?:therapist|clinician|counsell?or|writer|provider)|Dr\\.? \\w+) takes (?:\\w+ ){0,3}?seriously\\b"
                    // "Therapist stated that from what she has described, this sounds like postpartum anxiety ...": an impression
                    + "|^[\\w.'-]+(?: [\\w.'-]+)? stated that (?:from what (?:she|he|they) (?:has|have) (?:described|said|told [\\w.'-]+),? )?"
                    + "(?:this|it|that|what (?:she|he|they) (?:is|are) describing) (?:sounds|looks|seems) (?:most )?(?:like|consistent with)\\b"
                    // "Therapist stated that this is an important statement, and it's one of the things that tells us the risk is
                    // serious": the clinician's weighing of a risk, said aloud (it was in the plan)
                    + "|^[\\w.'-]+(?: [\\w.'-]+)? stated that [^.]*\\b(?:the )?risk (?:is|was|seems|feels) (?:very |quite )?(?:serious|high|"
                    + "elevated|real|significant|considerable|low)\\b");

    /** Sentences that say what the clinician did in session. */
    private static final Pattern APPEARANCE_FIRST = Pattern.compile("^.{0,40}?\\b(?:well[- ]groomed|groomed|dressed|disheveled|dishevelled|"
            + "unkempt|casually|neatly)\\b");
    private static final Pattern LOG_SHOWS = Pattern.compile("^(?:(?:his|her|their|the|client's|pt's) )?(?:sleep|mood|food|drinking|panic|"
            + "anxiety|thought|activity|exposure|urge|worry)? ?(?:log|diary|diary card|record|journal|tracker|chart)s? (?:shows?|showed|"
            + "indicates?|indicated|reflects?|reflected|reveals?|revealed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERVENTION_VOICE = Pattern.compile(
            "^(?:[\\w.'-]+(?: [\\w.'-]+)? used (?:an importance|a confidence|a readiness) ruler|"
                    + "[\\w.'-]+(?: [\\w.'-]+)? (?:and client (?:practiced|examined|explored|reviewed|worked on|developed|completed|"
                    + "finished|did|discussed|talked about|processed|identified|made|created|used|tried|started|began|looked at|mapped out|"
                    + "worked in session)|"
                    + "reflected that)|"
                    // "In a role-play, the client practiced saying: ...": the rehearsal is part of the intervention
                    + "In a role-play,|"
                    // "Client practiced saying: “I'm having the thought that ...”": the words of a skill, said in the session
                    + "Client practiced saying:|"
                    // "Therapist taught her a breathing skill called box breathing", "Dr. Byron explained what happens in a panic attack"
                    + "(?!(?:Client|Pt|Patient|She|He|They|Mother|Father|Parent|Partner|Husband|Wife)\\b)[\\w.'-]+(?: [\\w.'-]+)? "
                    + "(?:taught|showed|explained|walked the client through|went over|demonstrated) |"
                    + "(?:(?:This )?(?:Clinician|Therapist|Counselor|Counsellor|Writer|Provider)|We) (?:used|utili[sz]ed|provided|"
                    + "completed|administered|conducted|developed|reviewed|introduced|taught|practi[cs]ed|explored|processed|"
                    + "discussed|validated|facilitated|guided|encouraged|challenged|normali[sz]ed|assisted|educated|assessed|"
                    + "collaboratively|checked in (?:on|about|with))\\b|"
                    + "(?:Used(?! (?:twice|once|again|daily|heavily|(?:\\w+ )?times\\b|over the|on the weekend|(?:heroin|fentanyl|meth|cocaine|"
                    + "alcohol|cannabis|marijuana|opioids?|drugs|pills)\\b)|[^.;]*\\binstead of\\b)|Utili[sz]ed|Provided|Reviewed|Introduced|Taught|Practi[cs]ed|Explored|Processed|Discussed|Validated|"
                    + "Modeled|Modelled|Facilitated|Guided|Encouraged|Challenged|Normali[sz]ed|Assisted|Role-?played|"
                    + "Collaboratively|Developed|Administered|Conducted|Psychoeducation|Psycho-education|Educated|Rehearsed|Reframed|Coached)\\b|"
                    // "MI around alcohol: pt identified that drinking ...": a therapy named by its initials, and what it was used on
                    + "(?:MI|CBT|DBT|BA|ACT|PE|CPT|ERP|EMDR|TF-CBT|Motivational interviewing)(?: (?:around|re|regarding|for|about|on|focused on)\\b|:)|"
                    // "Completed safety plan w/ pt: warning signs ...": done with the client in session
                    + "Completed (?:a |the )?(?:safety|crisis|relapse prevention) plan\\b|"
                    // "Safety plan reviewed and updated; mother agreed to lock up razors": the clinician's work, in passive
                    + "(?:The |A )?(?:Safety|Crisis|Relapse prevention) plan (?:was )?(?:reviewed|updated|completed|developed|revised|created)\\b)"
                    // "Client gave permission to call sister; writer called sister in session": the clinician's call
                    + "|\\b(?:writer|this (?:writer|clinician)) (?:called|contacted|spoke with|consulted with|coordinated with|notified)\\b"
                    // "Client given the National Human Trafficking Hotline number and the Crisis Text Line.": given in the session
                    + "|^(?:Client|Pt|Patient|Mother|Father|Parents?|Caregiver) (?:was |were )?(?:given|provided with) (?:the |a |an )?[^.;]{0,60}?\\b(?:numbers?|"
                    + "hotlines?|lines?|handouts?|resources?|information|cards?|lists?|brochures?|worksheets?)\\b");

    /**
     * The client, in session, saying how an intervention landed: "it's a bit lighter", "I feel a little better having
     * said it", "that makes sense", "I never thought about it like that". The response to the work (assessment in SOAP
     * and DAP), not a report of the week.
     */
    private static final Pattern CLIENT_RESPONSE = Pattern.compile(
            "\\b(?:(?:feels?|feeling|felt|it's|it is|that's|is) (?:actually |really )?(?:a bit |a little |much |somewhat |a lot )?(?:lighter|calmer|better|"
                    + "more hopeful|less (?:heavy|scared|anxious|alone|stuck))\\b(?: now| having| after| than when| knowing| saying)|"
                    + "(?:feels?|feeling|it's|it is) (?:a bit |a little |much |somewhat )?lighter|"
                    + "more hopeful than|(?:that|it) (?:makes|made) (?:a lot of )?sense|never thought (?:about|of) it (?:like|that way)|"
                    // "That's actually calmer. My chest isn't as tight.": how an exercise in the room landed
                    + "^\\W*(?:that's|that is|this is|it's|it is|i feel|i'm) (?:actually |really |a lot |much |a bit |a little |so much )*"
                    + "(?:calmer|better|easier|more relaxed|less tense)\\b|"
                    + "\\b(?:chest|shoulders|stomach|throat|body|breathing) (?:isn't|is not|aren't|are not|feels? less) (?:as )?(?:tight|tense|"
                    + "heavy|fast|shaky|clenched)\\b|"
                    // "asking for one evening \"feels doable\" and that she had not thought about asking for something specific"
                    + "(?:feels?|felt|seems?|sounds?) (?:really |more |very )?(?:doable|manageable)|"
                    // "When I say it out loud it sounds less likely.": a belief examined, and how it looks now
                    + "(?:sounds?|seems?|feels?|looks?) (?:a lot |much |a bit |a little )?(?:less|more) (?:likely|realistic|true|believable|"
                    + "scary|catastrophic)\\b|"
                    + "(?:had not|hadn't|had never) (?:thought|considered) (?:about |of )?(?:asking|doing|trying|saying|that|it that way)|"
                    + "didn't reali[sz]e how much|when (?:you|the therapist|she|he|they) put (?:it|that) that way|"
                    // "I thought I would feel awful but it's okay, it's just paper.": what was feared in an exposure, and how it was
                    + "(?:thought|expected|was sure) (?:I|she|he|they)(?:'d| would) (?:feel|be) (?:\\w+ )?(?:awful|terrible|worse|bad|horrible|"
                    + "panicked|anxious|devastated)\\b[^.]{0,30}\\bbut\\b|"
                    + "(?:the (?:thought|worry|fear)) (?:feels|seems) less (?:true|real|strong))",
            Pattern.CASE_INSENSITIVE);

    /**
     * The client, while practising a skill or in an exposure, saying what the urge or the fear does ("It's there, but it
     * goes down a bit.", "The second time it went to a three."), or saying at the end how they leave ("I actually feel a
     * little more hopeful."): the response to the work, unless it speaks of the week.
     */
    private static final Pattern PRACTICE_RESPONSE = Pattern.compile(
            // (in the present, or the second time of a practice: "it went down after I called my sponsor" is the week's)
            "(?:\\b(?:it|the (?:urge|anxiety|fear|craving|panic|number|distress))(?:'s| is)?(?: \\w+){0,3}? (?:goes|drops|falls|comes)"
                    + "|\\bthe (?:second|third|fourth|fifth|last|next) time,? (?:it|the (?:urge|anxiety|fear|craving|panic|number|distress)) "
                    + "(?:went|came|dropped|fell)) (?:down|to (?:a |an )?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|\\d+))\\b"
                    + "|\\b(?:I|she|he|they) (?:actually |really |do )?(?:feels?|am feeling|is feeling|are feeling|'m feeling) (?:actually |really )?"
                    + "(?:a (?:bit|little) |somewhat |much |a lot )?more hopeful\\W*$",
            Pattern.CASE_INSENSITIVE);

    /** The clinician summing up a rating's course in the room: "her anxiety went up to seventy-five and came down to fifty". */
    private static final Pattern COURSE_SUMMED_UP = Pattern.compile("\\b(?:anxiety|urge|distress|fear|craving|SUDS|panic)\\b[^.]{0,30}?"
            + "\\b(?:went|came|dropped|fell|rose|climbed) (?:up |down |back )?(?:to|from)\\b[^.]{0,40}\\b(?:and|then|before)\\b[^.]{0,20}?"
            + "\\b(?:went|came|dropped|fell|settled|rose)\\b", Pattern.CASE_INSENSITIVE);

    /** The course of distress through an exposure: "SUDS 60 at start, 70 peak, 35 after 15 minutes", "SUDs went from 80 to 40". */
    private static final Pattern SUDS_COURSE = Pattern.compile("^(?:peak )?SUDS?\\b[^.]{0,40}?\\d+[^.]{0,40}?\\b(?:peak|to|after|end|start|"
            + "down|dropped|fell|decreased|reduced)\\b", Pattern.CASE_INSENSITIVE);
    /** A relative's report in the clinician's notes: "Daughter reports ...", "Client's mother stated ...". */
    private static final Pattern RELATIVE_SAID = Pattern.compile("^(?:(?:the )?(?:client's|pt's|patient's|her|his|their) )?(?:adult )?"
            + "(?:daughter|son|mother|father|mom|dad|wife|husband|partner|spouse|sister|brother|parents?|caregiver|grandmother|"
            + "grandfather|aunt|uncle|guardian|roommate|friend)s? (?:reports?|reported|states?|stated|shares?|shared|notes?|noted|says|said|"
            + "adds|added)\\b", Pattern.CASE_INSENSITIVE);
    /** What is yet to be: a relative's report of it is a plan. */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|going to|plans? to|agreed to|agrees to)\\b", Pattern.CASE_INSENSITIVE);

    /** The clinician's notes reporting what the client said: "She stated that ...". */
    private static final Pattern NOTED_SAID = Pattern.compile("^(?:Client|She|He|They) (?:stated|said|reported|shared|noted|expressed|"
            + "commented|remarked)\\b");
    /** The days between sessions: what the client says of them is the report of the week, not a response to the session. */
    private static final Pattern THE_WEEK = Pattern.compile("\\b(?:this|last|past) week|\\bat home\\b|\\bsince\\b|\\bover the weekend\\b|"
            + "\\byesterday\\b|\\bat work\\b", Pattern.CASE_INSENSITIVE);
    /** The clinician's formulation in notes: "Client is experiencing an adjustment reaction ...", "... consistent with GAD", "Risk is low." */
    private static final Pattern NOTED_FORMULATION = Pattern.compile("^(?:Client|She|He|They|Pt|Patient) (?:is|are|appears to be|seems to be|"
            + "continues to be|presents? as) (?:experiencing|exhibiting|displaying|presenting with|demonstrating|showing|meeting|struggling "
            + "with) [^.]{0,80}\\b(?:adjustment|reaction|episode|disorder|criteria|symptoms (?:of|consistent))\\b|"
            + "\\b(?:symptoms|presentation) (?:are |is )?(?:consistent with|suggestive of)\\b|"
            + "^(?:Overall,? )?(?:suicide |current |overall )?risk (?:is|remains|was) (?:assessed as |judged to be |considered )?(?:low|moderate|"
            + "high|minimal|elevated|imminent)\\b", Pattern.CASE_INSENSITIVE);

    /** The clinician's notes on how the client took the session: "Client was engaged and receptive", "verbalized understanding". */
    private static final Pattern NOTED_RESPONSE = Pattern.compile(
            "^(?:Client|She|He|They) (?:was|were|appeared|seemed|remained) (?:\\w+ )?(?:engaged|receptive|responsive|open|"
                    + "resistant|guarded|defensive|motivated|tearful but engaged)\\b|"
                    // "Mother receptive to psychoeducation and asked for a book": the parent's response to what was offered
                    + "^(?:(?:Client's )?(?:Mother|Father|Mom|Dad|Parents?|Caregiver|Grandmother|Grandfather|Partner|Spouse|Wife|Husband)|"
                    + "Client|She|He|They)(?: (?:was|were|appeared|seemed|remained))? (?:very |quite |somewhat )?(?:receptive|responsive) to\\b|"
                    + "^(?:Client|She|He|They) (?:verbali[sz]ed|expressed|demonstrated|showed) (?:\\w+ )?(?:agreement|understanding|"
                    + "commitment|insight|willingness|motivation|improved)\\b|"
                    + "^(?:Client|She|He|They) (?:responded|was able to|were able to|tolerated)\\b");

    /** The clinician's notes quoting the client: "She told the therapist \"I stayed in the store\"" is the client's report. */
    private static final Pattern NOTED_QUOTE = Pattern.compile(
            "^(?:Client|She|He|They) (?:said|says|told|stated|states|shared|explained|described|reported|reports)\\b[^\"“]{0,40}[\"“]");

    /**
     * A symptom as the client reports it, in the notes' shorthand: "Sleep improved to 7-8 hrs.", "Appetite poor.",
     * "Client denies command AH.": what the client said (subjective), not the clinician's assessment of progress.
     */
    /** The client's week in the notes' past or perfect: "She has not been to the gym ...", "Pt missed two days of work". */
    private static final Pattern NOTED_PAST = Pattern.compile("^(?:Client|Pt|Patient|She|He|They) (?:has|have|had) (?:not |never |also |)"
            + "(?:been (?!able|asked|instructed|advised|given|provided|referred|taught)|gone|cancell?ed|missed|skipped|stopped|quit|avoided|"
            + "isolated|stayed|called out|lost|gained|"
            // "Has not needed the hydroxyzine PRN in two weeks.", "She has had two panic attacks since ..."
            + "needed|required|used|taken|had|felt|noticed|tried)\\b|^(?:Client|Pt|Patient|She|He|They) (?:missed|skipped|cancell?ed|avoided|"
            + "stayed (?:home|in bed)|called out|quit|lost|gained)\\b");
    private static final Pattern NOTED_SYMPTOM = Pattern.compile("^(?:(?:Client|Pt|Patient|She|He|They) )?(?:(?:denies|endorses) "
            + "(?!SI\\b|HI\\b|suicid|homicid|self[- ]?harm)|rate[sd] (?:(?:his|her|their|the) )?(?:anxiety|mood|depression|pain|"
            + "sleep|stress|cravings?|urges?|energy|worry|panic)\\b|(?:sleep|appetite|energy|mood|concentration|focus|motivation|anxiety|panic attacks?|"
            + "nightmares|cravings|irritability) (?:has |have )?(?:improved|worsened|is |was |remains |unchanged|increased|decreased|"
            + "better|worse|poor|fair|good|okay|ok|down|up)\\b|"
            // "Energy \"coming back\", walking the dog most days." (a quoted mood is the mental status's stated mood)
            + "(?:sleep|appetite|energy|concentration|focus|motivation) (?:\"[^\"]{1,40}\"|“[^”]{1,40}”))", Pattern.CASE_INSENSITIVE);

    /**
     * An answer that agrees and names what the client will do: "Yes. I'll put it in tonight.", or, after a bare "Yeah.",
     * "I can use the notes app on my phone."
     */
    private static final Pattern REFERRED_BY = Pattern.compile("^(?:the )?(?:client|patient|pt)\\s+(?:was|is)\\s+(?:self-referred|referred by)\\b"
            // "BHC visit, 25 min, warm handoff from Dr. Lin (PCP) re: PHQ-9 of 14": why an integrated-care visit happened
            + "|^[^.]{0,40}?\\bwarm hand-?off (?:from|by)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern OWN_AIM = Pattern.compile("\\b(?:the (?:therapist|clinician|counsel+or|doctor)'s|my|our) (?:goal|aim|job|intention) "
            + "(?:here |today |right now )?is\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WILLING_ASKED = Pattern.compile("\\b(?:willing to (?:try|do|change)|what (?:could|can|might) you (?:try|do)"
            + " (?:differently|instead|this week|about)|open to trying"
            // "For the next two weeks, could we schedule them ahead of time ...?": a step proposed for the days ahead
            + "|(?:could|can|should|shall) we (?:schedule|plan|set|put|pick|choose|try|add|build|make)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFER = Pattern.compile("^\\W*(?:(?:yeah|yes|okay|ok|maybe|i guess|um),?\\s+)*I (?:could|might|can) (?!not\\b|try (?:that|it|this)\\b)\\w+",
            Pattern.CASE_INSENSITIVE);
    /**
     * The client's answer commits to a step ("I'll set reminders on my phone"), or offers one when asked what they would be
     * willing to try ("I could delete the app ...").
     */
    private static boolean choseAStep(Unit unit, String text) {
        if (InputReader.COMMITMENT.matcher(unit.text()).find()
                || WILLING_ASKED.matcher(unit.question()).find() && OFFER.matcher(unit.text()).lookingAt()
                // "Would you be okay with your brother holding onto the key?" "Yeah, that's fine.": a step agreed to
                || OKAY_WITH_A_STEP.matcher(unit.question()).find() && AGREED.matcher(unit.text()).lookingAt()
                // "Would you put 988 in your phone now?" "Done.": the step taken there and then
                || ClinicalVoice.PROPOSAL_CHECK.matcher(unit.question()).find() && DONE.matcher(unit.text()).lookingAt()) {
            return true;
        }
        // the answer's later sentences: "I can try. I'll pour the whiskey out.", "He's been asking to borrow it for hunting
        // season anyway. I could give it to him this weekend."
        String answer = ClinicalVoice.answerOf(text);
        if (answer == text) {
            return false;
        }
        boolean proposed = WILLING_ASKED.matcher(unit.question()).find() || ClinicalVoice.PROPOSAL_CHECK.matcher(unit.question()).find();
        return java.util.Arrays.stream(answer.substring(answer.indexOf('\u201C') + 1).split("(?<=[.!?])\\s+")).skip(1)
                .anyMatch(said -> InputReader.COMMITMENT.matcher(said).find() || proposed && OFFER.matcher(said).lookingAt());
    }

    /** The follow-up questions of a suicide risk assessment: intent, preparation, method. */
    private static final Pattern RISK_FOLLOW_UP = Pattern.compile("\\bact on (?:(?:these|those|the|your) thoughts|them)\\b|\\bintent\\b|"
            + "\\b(?:done|do|did) anything to (?:get ready|prepare)\\b|\\bhow you (?:would|might|could) do (?:it|that)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "What could you do on a night like that instead?": a coping step asked for. */
    private static final Pattern WHAT_INSTEAD = Pattern.compile("\\bwhat (?:could|can|might|would) you (?:try|do)\\b[^?]{0,30}?\\b"
            + "(?:instead|differently)\\b|"
            // "What would help in the car park, before you turn the key?": the step for the moment named
            + "\\bwhat (?:could|might|would) help (?:in|at|when|before|on|during|(?:the )?next time)\\b", Pattern.CASE_INSENSITIVE);
    /** A safety plan's questions: its warning signs, whom to call. */
    private static final Pattern SAFETY_PLAN_ASKED = Pattern.compile("\\b(?:warning )?signs? (?:that )?(?:a|the|your) (?:bad|hard|rough|"
            + "tough|difficult|dark) (?:night|day|time|moment|spell)\\b|\\bwarning signs\\b|\\bwho (?:could|can|would) you (?:call|reach out "
            + "to|text)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DONT_KNOW = Pattern.compile("^\\W*(?:I )?(?:don't|do not|don’t) know\\b|^\\W*(?:no idea|nothing)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DONE = Pattern.compile("^\\W*(?:(?:okay|ok|yeah|yes|alright),?\\s+)?(?:done|did it|there|it's in|it is in)"
            + "\\s*[.!]", Pattern.CASE_INSENSITIVE);

    private static final Pattern OKAY_WITH_A_STEP = Pattern.compile("\\b(?:would you be|are you) (?:okay|ok|alright|all right|comfortable) "
            + "with (?:\\w+ ){0,3}\\w+ing\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGREED = Pattern.compile("^\\W*(?:yes|yeah|yep|sure|okay|ok|that's fine|that is fine|that’s fine|fine|"
            + "of course|absolutely|definitely)\\b(?![^.]*\\b(?:but|not)\\b)", Pattern.CASE_INSENSITIVE);


    /** "How much do you believe it was your fault, from zero to a hundred?": a belief rated is the response to the work. */
    private static final Pattern BELIEF = Pattern.compile("\\bbelieve\\b", Pattern.CASE_INSENSITIVE);

    /** How the homework went, in the clinician's notes: "Completed 3 of 5 ABC worksheets.", "Did not complete the log." */
    // (not "completed a relapse-prevention worksheet", which may have been done in the session)
    private static final Pattern HOMEWORK_REVIEWED = Pattern.compile("^(?:(?:Client|Pt|Patient|She|He|They) )?(?:(?:completed|finished) "
            + "(?=\\d+ (?:of|out of) \\d+ |all |most |some |none of |half of |only |(?:the|his|her|their) (?:homework|hw)\\b)|(?:did not complete|"
            + "didn't complete|did not do|didn't do|partially completed|forgot|did not bring|didn't bring) )(?:\\d+ (?:of|out of) "
            + "\\d+ |all |most |some |none of |half of |only )?(?:(?:the|his|her|their) )?(?:[\\w-]+ ){0,3}?(?:worksheets?|homework|logs?|"
            + "diary|diary cards?|assignments?|exposures?|thought records?|records?|rewrite|impact statement|journal|tracker)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The clinician asking how the week or the homework went. */
    private static final Pattern HOW_IT_WENT = Pattern.compile("\\bhow (?:did|has|have|was|were|is|are) (?:the |your |that |it |things )?"
            + "(?:[\\w-]+ ){0,3}(?:go|going|gone|been|week)\\b|\\bhow (?:was|has been) (?:your|the) week\\b|"
            + "\\bsince (?:last time|last session|we last met|I last saw you)\\b|"
            // "Did you get to use it?", "Were you able to practice?": the homework checked, the client's report of the week
            + "\\b(?:did you (?:get |have |find )?(?:a |the )?(?:chance |time )?to|were you able to|have you been able to) "
            + "(?:use|try|do|practi[cs]e|fill|complete|write|read|listen)\\b|"
            // "Did you bring the sleep diary?": the homework checked
            + "\\bdid you (?:bring|do|complete|fill (?:in|out)|finish|keep) (?:the|your) (?:[\\w-]+ )?(?:diary|log|homework|worksheet|"
            + "record|tracker|journal|sheet)\\b|"
            // "What happened in math on Tuesday?": the client's account of an event
            + "\\bwhat happened\\b|"
            // "And what did you do next?": what the client did, their account
            + "\\bwhat did you do (?:next|then|after|when|about)\\b", Pattern.CASE_INSENSITIVE);

    private final NoteTemplates templates;
    private final List<String> candidates;
    /** Where the answers of a risk assessment go: the template's risk section, else its assessment (null: neither). */
    private final String riskDetail;
    /** Where interventions have a section of their own (BIRP, GIRP, Standard), a reflection is one; elsewhere it is assessment. */
    private final boolean dedicatedIntervention;
    /** The template's observations are its mental status (an intake's, a progress note's brief one), not SOAP's Objective. */
    private final boolean observationIsMentalStatus;

    /** The starts of the units said in an exercise in the room, the clinician's and the client's ({@link InSessionPractice}). */
    private final java.util.Set<Integer> practised;

    PlacementHints(NoteTemplates templates, Template template, List<String> candidates, java.util.Set<Integer> practised) {
        this.templates = templates;
        this.practised = practised;
        this.candidates = candidates;
        this.riskDetail = candidates.contains("risk_detail") ? "risk_detail" : candidates.contains("assessment") ? "assessment" : null;
        this.observationIsMentalStatus = candidates.contains("observation")
                && template.sectionFor("observation").filter(section -> section.key().equals("mental_status")).isPresent();
        this.dedicatedIntervention = template.sections().stream()
                .anyMatch(s -> !s.categories().isEmpty() && s.categories().get(0).equals("intervention"));
    }

    private static final Pattern IN_EXERCISE_INSTRUCTION = Pattern.compile(InSessionPractice.DURING
            + "the client(?:'s [a-z-]+)? was (?:asked|instructed) to ");
    private static final Pattern AGREED_TO = Pattern.compile(AGREED_TO_TEXT);

    /** The topic of the clinician's question that {@code unit} answers, as one of the candidate categories. */
    String topic(Unit unit, String text) {
        if (unit.topic() != null && AGREED_TO.matcher(text).lookingAt()) {
            return null; // "... would you be willing to keep track of ...?" "Okay.": a step agreed on, whatever the question's topic
        }
        String asked = "family_social".equals(unit.topic()) && candidates.contains("family_history")
                && templates.category("family_history").ruleMatches(text) ? "family_history" : unit.topic();
        return asked == null || candidates.contains(asked) ? asked
                // "The full thirty minutes on a Saturday. What were your SUDS?" "Started around seventy, ...": outside an EMDR
                // note, a rating the client gives of the week is the client's report, one of now ("how disturbing is it now?")
                // the response to the work (both went to the plan, as EMDR work)
                : (asked.equals("emdr_sud") || asked.equals("emdr_voc")) && unit.role() == Role.CLIENT && unit.question() != null
                        ? (PAST_RATING.matcher(ClinicalVoice.lastSentence(unit.question())).find() && candidates.contains("presentation")
                                ? "presentation" : candidates.contains("response") ? "response" : broader(asked))
                        : broader(asked);
    }

    /** A rating asked of the past: "What were your SUDS?" */
    private static final Pattern PAST_RATING = Pattern.compile("\\b(?:were|was|did|had)\\b", Pattern.CASE_INSENSITIVE);
    /** A question asked of the past: "When you checked in the mirror, what happened to the anxiety?" */
    private static final Pattern ASKED_IN_PAST = Pattern.compile(PAST_RATING.pattern() + "|\\b(?:happened|checked|went|felt|tried|used|noticed)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Therapist and client talked about the argument with her supervisor in the last session.": the last session's work. */
    private static final Pattern LAST_SESSIONS_WORK = Pattern.compile("^[\\w.'-]+(?: [\\w.'-]+)? and client [^.]+ (?:in the last session|last week)\\.?$");

    /** A finding of the mental status examination, led by its domain: "Thought process is linear", "Insight and judgment are good". */
    private static final Pattern MSE_FINDING_FIRST = Pattern.compile("^(?:no (?:perceptual disturbances?|hallucinations|AH/VH|AVH|delusions|"
            + "evidence of (?:psychosis|psychotic (?:process|symptoms)|mania|thought disorder|delusions|hallucinations|responding to internal stimuli|"
            // "No evidence of intoxication." (a client on probation for what he did drunk)
            + "intoxication|withdrawal|impairment|being under the influence))|"
            + "thought (?:process|content)|insight|judge?ment|perception|speech|affect|orient(?:ed|ation)|cognition|memory|attention|"
            // ("Thought process goal directed.": a finding, not a goal)
            + "eye contact|psychomotor)\\b(?! (?:therapy|homework|plan|goal(?![- ]?directed)))", Pattern.CASE_INSENSITIVE);

    /** "Phase 4 (desensitization) continued", "EMDR phase 3": a note's sentence led by the phase of the protocol. */
    private static final Pattern PHASE_FIRST = Pattern.compile("^(?:EMDR )?phase [1-8]\\b", Pattern.CASE_INSENSITIVE);

    /** "Do they ever tell you to do anything?", "Do the voices tell you to hurt anyone?": command hallucinations screened. */
    private static final Pattern COMMANDS_ASKED = Pattern.compile("\\b(?:do|does|did) (?:they|the voices?|the voice|it|that voice|those voices) "
            + "(?:ever )?(?:tell|command|order|instruct) you to\\b|\\bcommand (?:hallucinations|voices)\\b", Pattern.CASE_INSENSITIVE);

    /** Where what the client perceives goes: the examination's perception, an intake's mental status, or the client's report. */
    private String perception() {
        return candidates.contains("mse_perception") ? "mse_perception" : observationIsMentalStatus ? "observation"
                : candidates.contains("presentation") ? "presentation" : null;
    }

    /** A voice heard (not one's own, nor a tone of voice); also the note's "AH", "CAH". */
    static final Pattern VOICE_HEARD = Pattern.compile("(?<!\\b(?:my|his|her|their|your|our|own|calm|quiet|loud|low|soft|raised|raise|"
            + "raising|tone of|small|inner|same|different|deep|angry) )\\bvoices?\\b(?! ?(?:mail|message|memo|note|recorder|assistant|chat|call))"
            + "|\\b(?:hear|hears|hearing|heard) things\\b|(?-i:\\b(?:AH|CAH)\\b)", Pattern.CASE_INSENSITIVE);

    /** A decisive hint for the sentence {@code text} written from {@code unit}, or null. */
    String hint(Unit unit, String text, String topic) {
        // the clinician's own heading is authoritative; otherwise how the sentence was voiced
        String label = decided(unit.labelHint(), text);
        if (label == null && unit.role() == Role.CLIENT && InputReader.COGNITIVE_SCREEN.equals(unit.topic())) {
            // the answer to "Can you tell me today's date?" is a finding of the examination
            return candidates.contains("mse_cognition") ? "mse_cognition" : candidates.contains("observation") ? "observation" : null;
        }
        String hint = label != null ? label
                // "Anxiety ratings during the in-session exposure (0-10): 5, 8, 6, 4": how the work went
                : ExposureRatings.LINE.matcher(text).lookingAt() && candidates.contains("response") ? "response"
                // "Therapist explained that a rise of more than thirty when she stands can be a condition called POTS ...": a
                // diagnosis the clinician raises
                : unit.role() == Role.CLINICIAN && ClinicalVoice.CONDITION_CALLED.matcher(text).find() && candidates.contains("assessment")
                        ? "assessment"
                // "Client was referred by his therapist, Ms. Okafor, for a medication evaluation.": how the client came
                : REFERRED_BY.matcher(text).lookingAt() ? "referral"
                // "Therapist told the client about a group for parents who've lost children to violence.": a resource, the plan
                : unit.role() == Role.CLINICIAN && text.contains(ClinicalVoice.TOLD_ABOUT) && candidates.contains("plan") ? "plan"
                // "Therapist read back the message: "Take care of Bella for me ..."", "Therapist relayed that the client's sister called
                // the clinic.": what brought the contact about, the client's account (it was the plan)
                : unit.role() == Role.CLINICIAN && (text.contains(ClinicalVoice.READ_BACK) || text.contains(ClinicalVoice.RELAYED))
                        && candidates.contains("presentation") ? "presentation"
                // "Target memory: the night he threw the chair through the window." (the clinician naming it)
                // "52F, follow-up for MDD, recurrent, moderate ...": who is seen and why, the note's first line (not a follow-up planned)
                : unit.role() == Role.NOTES && AGE_SEX_LED.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                // "Accompanied by his case manager from the ACT team.": who came, with the session's record (in an intake, not
                // the chief complaint)
                : unit.role() == Role.NOTES && ACCOMPANIED.matcher(text).lookingAt() && !candidates.contains("chief_complaint")
                        && candidates.contains("presentation") ? "presentation"
                : text.startsWith("Target memory: ") ? "emdr_target"
                // "Phase 4 (desensitization) continued on target memory of ...": the phase, named first (it was the target)
                : unit.role() == Role.NOTES && PHASE_FIRST.matcher(text).lookingAt() && candidates.contains("emdr_phase") ? "emdr_phase"
                // "There's the man's voice again, the one that talks about me.", "The voice says I should make him stop.": in a
                // mental status examination, what the client hears is perception (it was thought content)
                : unit.role() == Role.CLIENT && candidates.contains("mse_perception") && VOICE_HEARD.matcher(text).find() ? "mse_perception"
                // "Do they ever tell you to do anything?" "No. They just talk about me.": the voices' commands screened, a finding of
                // perception (an intake's mental status; elsewhere the client's report), not the clinician's impression
                : unit.role() == Role.CLIENT && unit.question() != null && COMMANDS_ASKED.matcher(unit.question()).find()
                        && perception() != null ? perception()
                // "Therapist and client used the container exercise to put the rest away until next time.": how the session closed
                : candidates.contains("emdr_stopped") && unit.role() == Role.CLINICIAN && CLOSING_EXERCISE.matcher(text).find() ? "emdr_stopped"
                // "Sleep log shows 5-6 hrs on most nights": what the client's record of the week shows, not a task
                : LOG_SHOWS.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                // "Therapist and client talked about the argument with her supervisor in the last session.": where this session
                // took up, not what was done in it
                : LAST_SESSIONS_WORK.matcher(text).matches() && candidates.contains("presentation") ? "presentation"
                // "No prior MH tx.": the history, not the plan (it was under the plan, by its "treatment")
                : unit.role() == Role.NOTES && NO_PRIOR_TREATMENT.matcher(text).lookingAt() && candidates.contains("history_psychiatric")
                        ? "history_psychiatric"
                : unit.role() == Role.NOTES && NO_PRIOR_TREATMENT.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                // "Sleep 5-6 hrs, wakes around 3am worrying about money.": the present illness, not the substance use it lies near
                // in meaning ("Uses cannabis most evenings to sleep.")
                : unit.role() == Role.NOTES && SLEEP_LED.matcher(text).lookingAt() && candidates.contains("substance")
                        && candidates.contains("presentation") && !templates.category("substance").ruleMatches(text) ? "presentation"
                // "Menses absent since August.": the body's history told (it was the plan)
                : unit.role() == Role.NOTES && MENSES_LED.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                // "Eating more fast food.": a change in a habit the client told (it was the assessment)
                : unit.role() == Role.NOTES && HABIT_CHANGED.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                : PLAN_VOICE.matcher(text).find() ? "plan"
                : INTERPRETATION_VOICE.matcher(text).find() && !dedicatedIntervention ? "assessment"
                : INTERVENTION_VOICE.matcher(text).find() ? "intervention"
                // where the template has a section for what the clinician did, what they said to the client is part of it
                // ("Therapist stated that this is a boundary he has been wanting to set for a long time.")
                : dedicatedIntervention && unit.role() == Role.CLINICIAN && CLINICIAN_STATED.matcher(text).find()
                        && !templates.category("plan").ruleMatches(text) && !AHEAD.matcher(text).find() ? "intervention"
                // "My goal is to get you more support, not to take him away.": the clinician's aim in the moment, no treatment goal
                : unit.role() == Role.CLINICIAN && OWN_AIM.matcher(text).find() ? "intervention"
                : unit.role() == Role.CLINICIAN && candidates.contains("observation") && OBSERVATION_VOICE.matcher(text).find() ? "observation"
                // "Insight good, judgment fair.": a mental status finding the clinician dictated into the session
                : unit.role() == Role.CLINICIAN && candidates.contains("observation") && ClinicalVoice.isNoteStyle(unit.text())
                        && SEEN.matcher(text).find() ? "observation"
                // "Client arrived 10 min late, apologized": the clinician's observation of the client's behaviour
                : unit.role() != Role.CLIENT && candidates.contains("observation") && ARRIVAL.matcher(text).find() ? "observation"
                // "During the exercise, the client said: “My hair is dark brown ...”", "Where's the anxiety now?" "Seventy-five.":
                // the work in the room and how it went
                : unit.role() == Role.CLIENT && practised.contains(unit.start()) && candidates.contains("response") ? "response"
                // "During the exercise, the client was asked to keep describing ...": the clinician's work in the room
                : IN_EXERCISE_INSTRUCTION.matcher(text).lookingAt() && candidates.contains("intervention") ? "intervention"
                // "Your anxiety went up to seventy-five and came down to fifty without you checking": how the exercise went
                : unit.role() == Role.CLINICIAN && COURSE_SUMMED_UP.matcher(text).find() && !THE_WEEK.matcher(text).find()
                        && candidates.contains("response") ? "response"
                : unit.role() == Role.CLIENT && unit.topic() == null && (CLIENT_RESPONSE.matcher(text).find()
                        || PRACTICE_RESPONSE.matcher(text).find() && !THE_WEEK.matcher(text).find()
                            // (not "When you checked in the bathroom mirror, what happened to the anxiety?" "For a second it goes
                            // down ...": asked of the week, in the past)
                            && (unit.question() == null || !ASKED_IN_PAST.matcher(ClinicalVoice.lastSentence(unit.question())).find()))
                        ? "response"
                // "Do you think you would act on these thoughts?" "I don't think so. ...": the client's answer in an assessment of
                // risk belongs with the risk findings where the template has a section for them (an intake's safety assessment),
                // else with the clinician's assessment (it had gone to the plan as an intervention)
                // (a rating of the urge is the client's report, below)
                : unit.role() == Role.CLIENT && unit.question() != null && RISK_FOLLOW_UP.matcher(unit.question()).find()
                        && !ClinicalVoice.RATING_ASKED.matcher(unit.question()).find() && riskDetail != null ? riskDetail
                // "What could you do on a night like that instead?" "Call my sister in Tucson. ...": the step the client chose;
                // "What are the signs that a bad night is starting?": a safety plan's warning signs
                : unit.role() == Role.CLIENT && unit.question() != null && (WHAT_INSTEAD.matcher(unit.question()).find()
                        || SAFETY_PLAN_ASKED.matcher(unit.question()).find())
                        && !RiskScreen.NO_ANSWER.matcher(ClinicalVoice.clean(unit.text())).find() && !DONT_KNOW.matcher(unit.text()).find()
                        ? "plan"
                // "How does that sound?" → "I guess that's okay. I'm nervous about medication.": the response to a proposal;
                // "Would you be willing to keep the crisis line number in your phone?" "Yes. I'll put it in tonight.": a step
                // the client commits to is the plan
                : unit.role() == Role.CLIENT && unit.question() != null && ClinicalVoice.PROPOSAL_CHECK.matcher(unit.question()).find()
                        ? (choseAStep(unit, text) ? "plan" : "response")
                // "For this week, practice box breathing ..." "I'll set reminders on my phone.": how the client will do the task
                : unit.role() == Role.CLIENT && unit.question() != null && InputReader.TASK_GIVEN.matcher(unit.question()).find()
                        && InputReader.COMMITMENT.matcher(unit.text()).find() ? "plan"
                // "What would you be willing to try with the phone?" "I could delete the app ...": the step the client chose
                : unit.role() == Role.CLIENT && unit.question() != null && WILLING_ASKED.matcher(unit.question()).find()
                        && choseAStep(unit, text) ? "plan"
                // "On a scale from zero to ten, how strong is the urge ...?" "Maybe a seven.": a self-rating is the client's report
                : unit.role() == Role.CLIENT && unit.question() != null && unit.topic() == null && ClinicalVoice.RATING_ASKED.matcher(unit.question()).find()
                        && !BELIEF.matcher(unit.question()).find()
                        ? "presentation"
                // "How did the exposure homework go this week?" "Not great.": the client's report of the week, not the plan
                : unit.role() == Role.CLIENT && unit.question() != null && unit.topic() == null && HOW_IT_WENT.matcher(unit.question()).find()
                        ? "presentation"
                : unit.role() == Role.NOTES && NOTED_PROGRESS.matcher(text).find() ? "assessment"
                // "CPS hotline called with the client present at 3:40 pm; report taken by the intake worker": done in the session
                // "Pt instructed not to stop drinking abruptly before admission and to go to the ED if ...": the plan
                : unit.role() == Role.NOTES && INSTRUCTED_NOTED.matcher(text).lookingAt() && candidates.contains("plan") ? "plan"
                // "Presenting for AUD, severe.": why the client is seen; "Smelled of alcohol.": what was noticed
                : unit.role() == Role.NOTES && PRESENTING_FOR.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                : unit.role() == Role.NOTES && SMELLED_OF.matcher(text).lookingAt() && candidates.contains("observation") ? "observation"
                // "Explained to pt that stopping alcohol abruptly is medically dangerous ...": psychoeducation given
                : unit.role() == Role.NOTES && EXPLAINED_TO.matcher(text).lookingAt() && candidates.contains("intervention") ? "intervention"
                : unit.role() == Role.NOTES && (REPORT_MADE.matcher(text).lookingAt() || CLINICIAN_CALLED.matcher(text).lookingAt())
                        ? (candidates.contains("intervention") ? "intervention" : candidates.contains("plan") ? "plan" : null)
                // "Therapist's impression is that he is responding well to ERP ...": the clinician's assessment, dictated
                : unit.role() == Role.NOTES && CLINICIANS_IMPRESSION.matcher(text).lookingAt() ? "assessment"
                // "Session conducted via secure video platform.", "consent for telehealth on file", "CPT 90837": the record of
                // the session itself heads the note
                : unit.role() == Role.NOTES && SESSION_RECORD.matcher(text).find() ? "presentation"
                : unit.role() == Role.NOTES && NOTED_RESPONSE.matcher(text).find() ? "response"
                // "She stated that asking for one evening \"feels doable\" ...": how the work landed, in the clinician's notes
                : unit.role() == Role.NOTES && NOTED_SAID.matcher(text).lookingAt() && CLIENT_RESPONSE.matcher(text).find()
                        && !THE_WEEK.matcher(text).find() ? "response"
                // "Client is experiencing an adjustment reaction with mixed anxiety ...", "Risk is low.": the clinician's reading
                : unit.role() == Role.NOTES && NOTED_FORMULATION.matcher(text).find() ? "assessment"
                // "Completed 3 of 5 ABC worksheets.", "Did not complete impact statement rewrite": the homework, as it went
                : unit.role() == Role.NOTES && HOMEWORK_REVIEWED.matcher(text).lookingAt() && candidates.contains("presentation") ? "presentation"
                : unit.role() == Role.NOTES && NOTED_QUOTE.matcher(text).find() ? "presentation"
                : unit.role() == Role.NOTES && NOTED_SYMPTOM.matcher(text).lookingAt() ? "presentation"
                // "She has not been to the gym in two weeks and has cancelled plans with friends twice.": what the client did
                : unit.role() == Role.NOTES && NOTED_PAST.matcher(text).lookingAt() && !PLAN_VOICE.matcher(text).find() ? "presentation"
                // "Daughter reports the landlord sent a second notice ...; inspection is scheduled for the 18th.": what a relative
                // told, as the client's report is (it went to the plan for its "scheduled")
                // "SUDS 60 at start, 70 peak, 35 after 15 minutes.": how an exposure in the session went (it went to the plan)
                : unit.role() == Role.NOTES && SUDS_COURSE.matcher(text).lookingAt() && !candidates.contains("emdr_sud")
                        && candidates.contains("response") ? "response"
                : unit.role() == Role.NOTES && RELATIVE_SAID.matcher(text).lookingAt() && !PLAN_VOICE.matcher(text).find()
                        && !FUTURE.matcher(text).find() && candidates.contains("presentation") ? "presentation" : null;
        if (label != null && ("observation".equals(hint) || hint.startsWith("mse_"))) {
            // under one "MSE:" heading, "Speech soft, slowed. Affect blunted. Alert and oriented x3.": each finding to its
            // domain; and after "Perception: endorses AH." on the same line, "Alert and oriented x3." is cognition
            String domain = mentalStatusDomain(text, hint);
            if (domain != null) {
                return domain;
            }
        }
        if (label == null && unit.role() == Role.CLINICIAN && ClinicalVoice.EXAMINED_PATTERN.matcher(unit.text().strip()).lookingAt()
                && (candidates.contains("gp_examination") || candidates.contains("observation"))) {
            // "Blood pressure is 128 over 82, pulse 88 and regular.": the examination, said aloud as it is done
            return candidates.contains("gp_examination") ? "gp_examination" : "observation";
        }
        if (label == null && unit.role() == Role.CLINICIAN && "observation".equals(hint) && !ClinicalVoice.isNoteStyle(unit.text())
                && candidates.contains("mse_speech")) {
            // "He is oriented to place but not to date or year.": what the clinician observed of one domain, to that domain
            // (one of several, "she appears brighter today, makes good eye contact, speech is normal rate", stays observed)
            List<String> domains = MSE_RULE_ORDER.stream().filter(candidates::contains).filter(c -> templates.category(c).ruleMatches(text))
                    .toList();
            if (domains.size() == 1) {
                return domains.get(0);
            }
            // "Mr. Havel is a well-groomed elderly man, dressed appropriately, pleasant and cooperative.": led by appearance
            if (domains.contains("mse_appearance") && APPEARANCE_FIRST.matcher(text).find()) {
                return "mse_appearance";
            }
        }
        if ((label == null || "presentation".equals(unit.labelHint()))
                && (unit.role() == Role.NOTES || unit.role() == Role.CLINICIAN && ClinicalVoice.isNoteStyle(unit.text()))
                && (unit.labelHint() == null || "presentation".equals(unit.labelHint())) && candidates.contains("mse_speech")) {
            // a mental status examination written as prose, without headings ("Speech was soft and slowed. Oriented to person,
            // place and date."), or dictated into the session: each finding to its domain, as under an "MSE:" heading
            // (under "S:", only what the client denied or told of perception: "Denies AH/VH.")
            String domain = mentalStatusDomain(text, "");
            if (domain != null && (unit.labelHint() == null || domain.equals("mse_perception"))) {
                return domain;
            }
        }
        if (hint == null && unit.role() == Role.NOTES && unit.speaker() != null && candidates.contains("observation")
                && SEEN.matcher(text).find()) {
            // the clinician's observations typed into a transcript ("Elena appears her stated age, well groomed, restless"):
            // what was seen, not the history the client gave
            return "observation";
        }
        if (hint == null && label == null && unit.role() == Role.NOTES && candidates.contains("observation") && !candidates.contains("mse_speech")
                && MSE_FINDING_FIRST.matcher(text).lookingAt()) {
            // "Thought process is linear and goal directed.", "Insight and judgment are good.", "No perceptual disturbances.":
            // the examination's findings, written after "On exam ...", are what was observed (they went to the assessment
            // and the plan)
            return "observation";
        }
        if (hint != null && !candidates.contains(hint)) {
            hint = broader(hint);
        }
        // under "Plan:", a medication change belongs to the medication plan where the template has one
        if ("plan".equals(hint) && candidates.contains("medication_plan") && (templates.category("medication_plan").ruleMatches(text)
                || DOSED.matcher(text).find())) {
            return "medication_plan";
        }
        if (hint != null) {
            return hint;
        }
        if (unit.role() != Role.CLINICIAN && candidates.contains("mse_mood") && templates.category("mse_mood").ruleMatches(text)) {
            return "mse_mood"; // in a mental status examination, what the client says of their mood is the stated mood
        }
        if (topic != null && topic.startsWith("emdr_") && candidates.contains(topic)) {
            return topic; // the standard questions of EMDR's assessment phase have one kind of answer each
        }
        if ("chief_complaint".equals(topic) || "referral".equals(topic)) {
            // the answer to "What brings you in?" is the chief complaint by definition, unless it names who sent them
            return candidates.contains("referral") && templates.category("referral").ruleMatches(text) ? "referral" : topic;
        }
        return null;
    }

    /**
     * A heading that leaves the decision to each sentence under it, decided: "Presentation:" (what was seen or what was
     * told), "A/P:" (the reading or the orders), "ID:" (the presentation), "SUD:" and "PC:" (EMDR's or not).
     */
    private static final Pattern PSYCHOTROPIC = Pattern.compile("\\b(?:" + ClinicalVoice.DRUG_NAMES + ")\\b", Pattern.CASE_INSENSITIVE);

    private String decided(String label, String text) {
        if (label == null) {
            return null;
        }
        Matcher measure = EMDR_MEASURE_FIRST.matcher(text);
        if (measure.lookingAt() && candidates.contains("emdr_sud")) {
            // "PC: "I survived, and I'm safe now." VOC 3/7 at start. Emotions: fear. SUD 8/10 at start.": a rating named
            // first is its own, whatever heading it is written under
            return measure.group(1).toUpperCase(java.util.Locale.ROOT).startsWith("SUD") ? "emdr_sud" : "emdr_voc";
        }
        return switch (label) {
            // "Emotions: fear and helplessness. Body location: tightness in chest": in an EMDR note, the target's assessment
            case InputReader.EMOTIONS_OR_BODY -> candidates.contains("emdr_target") ? "emdr_target" : "presentation";
            // "Presentation: casually dressed, hair unwashed. Affect constricted.": what was seen is an observation, what
            // was told the client's presentation
            // ("Client arrived 15 min late", "UDS today positive for fentanyl": seen and measured)
            case InputReader.PRESENTATION_HEADING -> MSE_DOMAIN_FIRST.matcher(text).lookingAt()
                    || templates.category("observation").ruleMatches(text) || ARRIVAL.matcher(text).find()
                    || TEST_RESULT.matcher(text).lookingAt() ? "observation" : "presentation";
            // "A/P: Manic episode, likely unmasked by prior SSRI. - Start lithium 300 mg BID": what is done or to be done
            // is the plan, the clinician's reading the assessment
            // ("MDD, recurrent, moderate, partial response to sertraline 100 mg.": the diagnosis leads, the medicine is its course;
            // "Return to clinic in 4 weeks, sooner if worsening mood", "discussed that libido effects may worsen, client agrees to
            // trial": the plan)
            case InputReader.ASSESSMENT_AND_PLAN -> PLAN_VOICE.matcher(text).find() || A_P_PLAN.matcher(text).lookingAt() ? "plan"
                    : DIAGNOSIS_LED.matcher(text).lookingAt() ? "assessment"
                    : templates.category("plan").ruleMatches(text) || templates.category("medication_plan").ruleMatches(text) ? "plan"
                    : templates.category("assessment").ruleMatches(text) || ASSESSED.matcher(text).find() ? "assessment" : "plan";
            case InputReader.IDENTIFICATION -> "presentation";
            // "Meds: atorvastatin, lisinopril, metformin.": medicines for the body are the medical history, where there is one
            case "medication" -> candidates.contains("history_medical") && !PSYCHOTROPIC.matcher(text).find() ? "history_medical" : label;
            // "SUD: EtOH 2-3 drinks on weekends": substance use, where it names one; otherwise EMDR's units of disturbance
            case InputReader.SUD_ABBREVIATION -> templates.category("substance").ruleMatches(text)
                    || !candidates.contains("emdr_sud") && !EMDR_WORDS.matcher(text).find() ? "substance" : "emdr_sud";
            // "PC: low mood and poor sleep for 2 months": a presenting complaint, except in an EMDR note
            case InputReader.PC_ABBREVIATION -> candidates.contains("emdr_pc") || EMDR_WORDS.matcher(text).find()
                    ? "emdr_pc" : "chief_complaint";
            default -> label;
        };
    }

    private static final Pattern AGE_SEX_LED = Pattern.compile("^\\d{1,3} ?(?:-?(?:y/?o|yo|year[- ]old) ?)?(?:F|M|female|male|woman|man)\\b");
    /** Under an "A/P:" heading, what is done or to be done: "Return to clinic in 4 weeks", "Discussed that ...", "Increase ...". */
    private static final Pattern A_P_PLAN = Pattern.compile("(?i)^(?:return to clinic|rtc|follow[- ]?up in|f/u in|discussed|reviewed|"
            + "educated|counsel+ed|provided|gave|start|begin|increase|decrease|reduce|taper|continue|stop|discontinue|hold|titrate|"
            + "switch|add|order|check|obtain|refer|referred|schedule|client (?:knows|agrees|agreed|verbali[sz]ed))\\b");
    /** A diagnosis leading its sentence: "MDD, recurrent, moderate, partial response to ...", "Bipolar I disorder, current episode ...". */
    private static final Pattern DIAGNOSIS_LED = Pattern.compile("^(?:MDD|GAD|PTSD|OCD|ADHD|AUD|OUD|SUD|BPD|PDD|(?i:major depressive|"
            + "generalized anxiety|post-?traumatic|bipolar|schizo\\w+|panic disorder|social anxiety|persistent depressive|alcohol use|"
            + "opioid use|cannabis use|stimulant use|adjustment disorder|insomnia disorder|\\w+ (?:\\w+ )?disorder)\\b)");
    private static final Pattern EMDR_MEASURE_FIRST = Pattern.compile("^(SUDS?|VOC)\\b");

    /** What only an EMDR note says: a cognition in the first person, a rating of disturbance or validity. */
    private static final Pattern EMDR_WORDS = Pattern.compile("^\\W*I\\b|\\b(?:VOC|SUDS?|disturbance|\\d+\\s*(?:/|out of)\\s*(?:10|7)|"
            + "\\d+\\s*(?:->|→|to)\\s*\\d+)\\b");

    /** EMDR's closing: the container or the calm place used to end the session. */
    private static final Pattern CLOSING_EXERCISE = Pattern.compile("^[\\w.'-]+(?: [\\w.'-]+)? and client used the (?:container|calm place|"
            + "safe place|light stream)\\b");
    private static final Pattern CLINICIAN_STATED = Pattern.compile("^[\\w.'-]+(?: [\\w.'-]+)? stated that\\b");
    /** What is still to come: the plan's, not what the clinician did. */
    private static final Pattern AHEAD = Pattern.compile("\\b(?:progress|will|would like|going to|next (?:week|time|session)|homework|until next|"
            + "today|tonight|tomorrow)\\b", Pattern.CASE_INSENSITIVE);

    /** "Client is making steady progress: PCL-5 down 11 points": the clinician's reading, whatever scores it cites. */
    private static final Pattern NOTED_PROGRESS = Pattern.compile("\\b(?:is|are|has been|continues to be) making (?:\\w+ )?progress\\b|"
            + "\\bprogress(?:ing)? (?:toward|towards|on) (?:\\w+ ){0,3}goals?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLINICIANS_IMPRESSION = Pattern.compile("^[\\w.'-]+(?: [\\w.'-]+)?'s (?:clinical )?(?:impression|assessment|"
            + "sense|formulation) (?:is|was)\\b|^(?:clinical )?impression:", Pattern.CASE_INSENSITIVE);
    /** A report to the authorities, made: "CPS hotline called ...", "Report taken by the intake worker", "Called APS with pt". */
    private static final Pattern REPORT_MADE = Pattern.compile("^(?:(?:a |the )?(?:CPS|APS|DCFS|DCF|child protective services|"
            + "adult protective services|child abuse|abuse|elder abuse)(?: hot ?line| intake line| intake)? (?:was )?(?:called|contacted|notified)|"
            + "(?:called|contacted|notified) (?:the )?(?:CPS|APS|DCFS|DCF|child protective|adult protective|child abuse|abuse)|"
            + "(?:a )?(?:mandated |CPS |APS )?report (?:was )?(?:taken|made|filed|submitted|called in)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern ACCOMPANIED = Pattern.compile("^(?:(?:pt|client|patient) (?:was |is )?)?accompanied by\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern INSTRUCTED_NOTED = Pattern.compile("^(?:client|pt|patient)(?: was)? (?:instructed|advised|educated|encouraged|"
            + "told|reminded|asked)(?: not)? to\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESENTING_FOR = Pattern.compile("^(?:(?:client|pt|patient) (?:is )?)?presenting (?:for|with)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SMELLED_OF = Pattern.compile("^(?:(?:client|pt|patient) )?(?:smelled|smells|smelling) (?:strongly |faintly )?of\\b|"
            + "^(?:odor|odour|smell) of (?:alcohol|etoh|cannabis|marijuana|smoke)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLAINED_TO = Pattern.compile("^(?:explained|educated|psychoeducated|reviewed with)(?: to)? "
            + "(?:the )?(?:pt|client|patient|him|her|them)\\b", Pattern.CASE_INSENSITIVE);

    /** "Colleague called 911 at 4:12 pm", "Writer called client's wife with his permission": done for the client, in the session. */
    private static final Pattern CLINICIAN_CALLED = Pattern.compile("^(?:this )?(?:writer|clinician|therapist|counsell?or|colleague|supervisor|"
            + "on-call clinician)(?: \\w+)? (?:called|contacted|notified|paged|consulted)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern SESSION_RECORD = Pattern.compile("\\b(?:session (?:was )?conducted (?:via|by|over|in person)|"
            // "This is a progress note for Daniel, session nine of ...", "I met with him by video today for fifty minutes."
            + "^this is (?:a|the) (?:progress|session|therapy|treatment) note\\b|"
            // "Crisis Walk-In Assessment", "Seen 14:10-15:20.": the note's title, and when the client was seen
            + "^(?-i:(?:[A-Z][\\w/-]*\\s+){0,5}(?:Assessment|Evaluation|Consultation|Visit|Intake|Note))(?=\\.?$)|"
            + "^seen (?:from )?\\d{1,2}:\\d\\d\\s*(?:-|\u2013|to)\\s*\\d{1,2}:\\d\\d\\b|"
            // "DAP Note - Anger Management Group Follow-up (Individual), Session 5 of 12": the note's own title line
            + "^(?:DAP|SOAP|BIRP|GIRP|PIRP|progress|therapy|psychotherapy|session|counseling|counselling) note\\s*[-\u2013\u2014:]\\s*\\w+|\\bmet with (?:him|her|them|the client|client) "
            + "(?:by|via|over|in person|on) |"
            + "telehealth|secure video|video platform|identity verified|consent (?:for|to) (?:telehealth|treatment)|"
            + "session (?:start|end|length|duration)|CPT\\s*\\d{5}|\\d{5} \\(CPT\\)|client located at|"
            // "Pt seen alone for remainder.": who was in the room, the session's record
            // "Seen individually, 30 min, after teacher referral.", "Student: 4th grade, age 10.": who was seen, how long, and why
            + "^(?:pt|client|patient|student)? ?seen (?:alone|individually|with (?:mother|father|parents?|mom|dad|caregiver|guardian)),? "
            + "\\d+ ?min(?:utes|s)?\\b|^(?:student|client|patient|pt)\\s*:\\s*(?:\\d+(?:st|nd|rd|th) grade|grade \\d+|age \\d+|\\d+[- ]?(?:y/?o|years? old))|"
            + "^(?:pt|client|patient)? ?seen (?:alone|individually|with (?:mother|father|parents?|mom|dad|caregiver|guardian))(?: for (?:the )?(?:remainder|rest|"
            + "last|first|most)(?: (?:of (?:the )?)?session)?)?(?=\\W*$)|"
            // "Session 6, individual, 53 min, in person.", "45 minutes, via video"
            // ("Session 9, home visit, 60 min.", its "min" written out as "minutes")
            + "^session #?\\d+\\b(?=[^.]*\\b(?:\\d+ ?min(?:utes|s)?|in[- ]person|telehealth|video|phone|individual|family|group|"
            + "home visit|school visit|office)\\b)|"
            + "\\b\\d+ ?min(?:utes|s)?,? (?:in[- ]person|via video|video|telehealth|by phone|phone)|"
            // "In-person, 50 min.", "Session 5 of CBT for chronic pain (CBT-CP)."
            // ("Home visit, 60 min.", "Phone session, 25 minutes.")
            + "^(?:in[- ]person|telehealth|video|phone|office|home|school|hospital|bedside|community)(?: session| visit| contact)?,? \\d+ ?min(?:utes|s)?|^session #?\\d+ of\\b|"
            // "Individual session, 53 min, in person."
            + "(?:individual|family|couples?|group|conjoint) (?:therapy |psychotherapy )?session,? \\d+ ?min(?:utes|s)?|"
            // "Med management follow-up, 30 min, in person.", "Follow-up visit, 20 minutes, video."
            + "(?:med(?:ication)? management|med check|medication review|follow-up|f/u)(?: visit| appointment| session)?,? "
            + "\\d+ ?min(?:utes|s)?)\\b"
            // "Monthly counseling per program requirement." (a methadone program's): why this session was held
            + "|^(?:monthly|weekly|biweekly|quarterly|required|mandatory) (?:individual )?(?:counseling|counselling|therapy)(?: session)? "
            + "(?:per|as required by|required by) (?:the )?(?:program|OTP|clinic|court|probation)\\b"
            // "Psychiatric follow-up and injection visit.", "Individual session, court-ordered following ...": what this session
            // was, the note's first line (not "Follow-up visit in 4 weeks.", one planned)
            + "|^(?:(?:psychiatric|psychotherapy|medication|med|telehealth|in-person|individual|family|couples?|group|conjoint) )?"
            + "(?:follow-up|f/u|intake|evaluation|injection|therapy|psychotherapy|consultation|consult)?(?: (?:and|&) (?:injection|medication management|"
            + "med management|therapy))? ?(?:visit|session|appointment)\\b(?![^.]*\\b(?:in \\d+|in (?:one|two|three|four|six) |next|scheduled|planned|"
            + "on \\d|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \\d)\\b)"
            // "34-year-old F with bipolar I disorder, ..., here for lithium follow-up": who the client is heads the note
            // ("Client is a 67-year-old widowed female seen at her apartment for CBT for hoarding disorder.": it went to the plan,
            // for its "CBT")
            // (not "Client is a 28-year-old man who appeared disheveled, ... with poor hygiene": what was seen)
            + "|^(?:(?:(?:the )?(?:client|pt|patient)|she|he|they) (?:is|are) an? )?\\d{1,3}[- ]?(?:y/?o|yo|-year-old|year-old|year old)\\b"
            + "(?![^.]*\\b(?:appear(?:s|ed|ing)?|dressed|groomed|hygiene|disheveled|dishevelled|unkempt)\\b)"
            + "(?=[^.]{0,80}\\b(?:with|here for|presents?|presenting|referred|seen (?:at|in|for)|for (?:follow|f/u|intake|evaluation))\\b)",
            Pattern.CASE_INSENSITIVE);

    /** A planned medication written as a dose: "Quetiapine 100 mg qhs PRN sleep". */
    private static final Pattern DOSED = Pattern.compile("^[A-Z][a-z]+(?:[- ][A-Za-z]+)? \\d+(?:\\.\\d+)? ?(?:mg|mcg|g)\\b");
    /** Under "A/P:", the clinician's reading: "Manic episode, likely unmasked by ...", "Risk to self low-moderate ...". */
    private static final Pattern ASSESSED = Pattern.compile("\\b(?:likely|probabl\\w*|consistent with|suggest\\w*|risk|episode|"
            + "criteria|diagnos\\w*|impression|differential|r/o|rule out|secondary to|due to|given|stable|improv\\w*|worsen\\w*)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What a clinician sees of the client: appearance, grooming, affect, manner. */
    private static final Pattern SEEN = Pattern.compile("\\b(?:appears?|appeared|stated age|groomed|dressed|dishevel\\w*|hygiene|"
            + "eye contact|affect|psychomotor|restless|fidget\\w*|tearful|guarded|cooperative|unshaven|speech|mood|thought process|"
            + "thought content|insight|judge?ment|oriented|orientation|psychotic|hallucinations?|delusions?)\\b", Pattern.CASE_INSENSITIVE);

    /** A finding that opens with its domain's name: "Speech soft, slowed.", "Thought content: persecutory ideation ...". */
    private static final Pattern MSE_DOMAIN_FIRST = Pattern.compile("^(?:appearance|behaviou?r|attitude|speech|mood|affect|"
            + "thought process|thought content|perception|cognition|orientation|insight|judge?ment)\\b", Pattern.CASE_INSENSITIVE);

    /** Without its name, the domains whose rules are surest first: mood's rule (any "feels anxious") comes last. */
    private static final List<String> MSE_RULE_ORDER = List.of("mse_appearance", "mse_behaviour", "mse_speech", "mse_affect",
            "mse_thought_process", "mse_thought_content", "mse_perception", "mse_cognition", "mse_insight", "mse_judgment", "mse_mood");

    /** The mental-status domain of one finding, where the template has a section per domain; null otherwise. */
    private String mentalStatusDomain(String text, String heading) {
        Matcher named = MSE_DOMAIN_FIRST.matcher(text);
        if (named.lookingAt()) {
            String domain = switch (named.group().toLowerCase(java.util.Locale.ROOT)) {
                case "behavior", "behaviour", "attitude" -> "mse_behaviour";
                case "thought process" -> "mse_thought_process";
                case "thought content" -> "mse_thought_content";
                case "orientation" -> "mse_cognition";
                case "judgement", "judgment" -> "mse_judgment";
                default -> "mse_" + named.group().toLowerCase(java.util.Locale.ROOT);
            };
            return candidates.contains(domain) ? domain : null;
        }
        if (heading.startsWith("mse_") && (!candidates.contains(heading) || templates.category(heading).ruleMatches(text))) {
            return null; // the heading's own domain, as it says
        }
        // (under a domain's own heading, mood's loose rule moves nothing: "Insight: partial, recognizes he is depressed ...")
        return MSE_RULE_ORDER.stream().filter(candidates::contains).filter(c -> !(heading.startsWith("mse_") && c.equals("mse_mood")))
                .filter(c -> templates.category(c).ruleMatches(text)).findFirst().orElse(null);
    }

    /** A heading of the notes that this template has no section for, read as the broader kind of content. */
    static String broader(String hint) {
        if (hint.equals("mse_behaviour") || hint.equals("mse_mood") || hint.startsWith("history_") || hint.equals("substance")
                || hint.equals("medication") || hint.equals("family_social") || hint.equals("family_history") || hint.equals("chief_complaint")
                || hint.equals("referral") || hint.equals("allergies")) {
            return "presentation";
        }
        if (hint.startsWith("mse_") || hint.equals("gp_examination")) {
            return "observation";
        }
        if (hint.equals("diagnosis") || hint.equals("strengths")) {
            return "assessment";
        }
        if (hint.startsWith("emdr_")) {
            return "intervention";
        }
        return hint;
    }
}
