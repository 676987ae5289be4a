package io.notewell.note.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.notewell.note.entity.RiskFinding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The risk screen on single statements of the kind clinicians write and clients say: polarity, and what qualifies it. */
class RiskScreenTest {

    private static final InputReader READER = new InputReader();
    private final RiskScreen screen = new RiskScreen();

    /** {@code said} as the client's answer to "How was your week?" in a short session. */
    private static String clientSaid(String said) {
        return "Therapist: How was your week?\nClient: " + said + "\nTherapist: Thank you for telling me.\n";
    }

    /** An exchange before the one a test is about: two lines alone read as notes, not as a conversation. */
    private static final String OPENING = """
            Therapist: What has been hardest this month?
            Client: Sleeping. I lie awake most nights going over everything.
            """;

    private RiskFinding finding(String input, String domain) {
        InputReader.Parsed parsed = READER.read(input, false);
        return screen.findings(screen.screen(parsed), parsed, input).stream().filter(f -> f.domain().equals(domain))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Client denies SI at this time but reports passive thoughts of death last week. | suicidal_ideation | endorsed     | passive
            No SI/HI/AVH.                                                                  | homicidal_ideation | denied     |
            Client reported SI with plan to overdose on her pills.                         | suicidal_ideation | endorsed     | plan endorsed
            Client contracted for safety.                                                  | suicidal_ideation | unclear      | contracted for safety
            Client reports she used a razor blade on her thighs on Friday.                 | self_harm         | endorsed     |
            Client verbally contracted for safety. Denies SI/HI.                           | suicidal_ideation | denied       | contracted for safety
            Denies SI/HI, contracted for safety.                                           | suicidal_ideation | denied       | contracted for safety
            Client was unable to contract for safety.                                      | suicidal_ideation | unclear      | unable or unwilling to contract for safety
            Client denies SI but refused to contract for safety.                           | suicidal_ideation | denied       | unable or unwilling to contract for safety
            Pt endorses passive SI without plan; contracted for safety.                    | suicidal_ideation | endorsed     | contracted for safety
            Client: I think about dying sometimes. But I don't have a plan or anything.    | suicidal_ideation | endorsed     | plan denied
            Client reports passive SI; she doesn't have a specific plan.                   | suicidal_ideation | endorsed     | plan denied
            Passive SI (+), plan (-), intent (-).                                          | suicidal_ideation | endorsed     | intent denied
            Passive SI (+), plan (-), intent (-).                                          | suicidal_ideation | endorsed     | plan denied
            Client reports SI and says she has a plan to overdose.                         | suicidal_ideation | endorsed     | plan endorsed
            Pt denies current SI; hx of suicide attempt by overdose in 2019.               | suicidal_ideation | denied       | history of a suicide attempt
            Client endorses urges to cut but has not acted on them in 2 months.            | self_harm         | endorsed     | urges not acted on
            Client denies thoughts of self-harm; last self-harm 2 years ago.               | self_harm         | denied       | history of self-harm
            Client's friend died by suicide last month; client denies SI.                  | suicidal_ideation | denied       | exposure to suicide
            Client disclosed that her husband hit her last weekend and she is afraid to go home. | abuse       | endorsed     |
            Client is worried about her son, who has been cutting himself.                 | self_harm         | not_assessed |
            He said his boss is killing him with deadlines.                                | homicidal_ideation | not_assessed |
            Mother reports that she screamed at her and slammed her door when her phone was taken. | abuse     | not_assessed |
            She wishes she had pushed her to see a doctor sooner.                          | abuse             | not_assessed |
            Hx of suicide attempt at age 16.                                               | suicidal_ideation | not_assessed | history of a suicide attempt
            Client has tried cutting back on drinking and cutting class less.              | self_harm         | not_assessed |
            Client disclosed cutting her forearms last night.                              | self_harm         | endorsed     |
            Client reported her ex-boyfriend threatened to kill her.                       | abuse              | endorsed     |
            Client reported her ex-boyfriend threatened to kill her.                       | homicidal_ideation | not_assessed |
            She has been scratching her arms with a paperclip when overwhelmed.            | self_harm          | endorsed     |
            Client burned herself with a lighter twice this week.                          | self_harm          | endorsed     |
            Client reported that her stepfather touched her inappropriately when she was 12. | abuse            | endorsed     |
            Client described being beaten by her father as a child.                        | abuse              | endorsed     |
            Client states she does not feel safe at home because her partner yells.        | abuse              | endorsed     |
            He said he has thought about taking all his pills.                             | suicidal_ideation  | endorsed     |
            Client reported taking 10 extra sleeping pills on Saturday to make it all stop. | suicidal_ideation | endorsed     |
            She took all of her pills as prescribed this week.                             | suicidal_ideation  | not_assessed |
            He has been thinking that his family would be better off without him.          | suicidal_ideation  | endorsed     |
            He reports thoughts of shooting his coworker but no intent.                    | homicidal_ideation | endorsed     |
            Client was asked about SI and denied.                                          | suicidal_ideation  | denied       |
            Client reports thoughts of self-harm but denies acting on them.                | self_harm          | endorsed     |
            Asked about SI but he denied it.                                               | suicidal_ideation  | denied       |
            Client: Honestly I've thought about it, like what if I just didn't wake up.    | suicidal_ideation  | endorsed     |
            SI and HI denied.                                                              | suicidal_ideation  | denied       |
            Client was asked about suicidal and homicidal ideation, both of which she denied. | homicidal_ideation | denied   |
            Client was asked about suicidal and homicidal ideation, both of which she denied. | suicidal_ideation | denied    |
            Denies thoughts of harm to self or others.                                     | self_harm          | denied       |
            C-SSRS: negative screen.                                                       | suicidal_ideation  | denied       |
            Client stated he "could see himself" hurting his coworker if pushed further; has a gun at home. | homicidal_ideation | endorsed | access to firearms
            Client reports voices telling him to hurt his neighbor; he has not acted on them. | homicidal_ideation | endorsed  |
            Client reports she thought about taking all of her sertraline last Tuesday but put the bottle away. | suicidal_ideation | endorsed |
            Client reports she "wants to sleep forever."                                   | suicidal_ideation  | endorsed     | passive
            Suicidal ideation resolved per client report.                                  | suicidal_ideation  | denied       |
            SI: -  HI: -                                                                   | suicidal_ideation  | denied       |
            Client has a history of substance abuse, sober 3 years.                        | abuse              | not_assessed |
            Referred to substance abuse counselor; drug and alcohol abuse history.          | abuse              | not_assessed |
            Client reports verbal abuse from her father growing up.                        | abuse              | endorsed     |
            Client reports occasional thoughts of "what's the point," denies wish to die.  | suicidal_ideation  | denied       |
            SI: -  HI: -                                                                   | homicidal_ideation | denied       |
            Client reports that suicide is against her religion and denies SI.             | suicidal_ideation  | denied       |
            Client denies SI/HI at this time; reports SI 2 weeks ago after breakup, resolved. | suicidal_ideation | denied      |
            Pt has not self-harmed since March; urges 2/10 this week.                      | self_harm          | endorsed     | history of self-harm
            Client reports "I'd rather be dead than go back to him."                       | suicidal_ideation  | endorsed     | passive
            Client talked about her best friend's suicide last year and how it still haunts her. | suicidal_ideation | not_assessed |
            Client reports her ex-husband has been stalking her and showed up at her work. | abuse              | endorsed     |
            Client denies physical abuse but reports her partner calls her names and threatens to take the kids. | abuse | endorsed |
            Client reports SI with plan to jump from the parking garage; intent 3/10.      | suicidal_ideation  | endorsed     | intent endorsed
            Client's girlfriend called the police after he punched a hole in the door next to her head. | abuse | endorsed      |
            She reports her husband monitors her phone and doesn't let her see her friends. | abuse             | endorsed     |
            Client: He's never hit me. He punched the wall next to my head once, last year. | abuse             | endorsed     |
            Client: I told him I was moving out, and he said if I leave he'll kill himself. | abuse             | endorsed     |
            Client: I told him I was moving out, and he said if I leave he'll kill himself. | suicidal_ideation | not_assessed |
            Client reports her boyfriend threatens to kill himself whenever she talks about leaving. | abuse    | endorsed     |
            Client: My roommate punched the wall when his team lost.                       | abuse              | not_assessed |
            Client: If she leaves the job she'll kill herself with stress.                 | abuse              | not_assessed |
            Her mom doesn't let her go out on school nights.                               | abuse              | not_assessed |
            Client wrote goodbye letters to her sisters last week.                         | suicidal_ideation  | endorsed     |
            Client reports intrusive images of hurting her baby, which she finds horrifying; no intent. | homicidal_ideation | endorsed | ego-dystonic
            Client reports CPS is involved after a neighbor reported bruises on her 4 y/o. | abuse              | endorsed     |
            Pt reports he was jumped outside a bar last month.                             | abuse              | endorsed     |
            Client said she felt like she was attacked every time they argued.             | abuse              | not_assessed |
            Client acknowledges she sometimes spanks her children when they misbehave.     | abuse              | endorsed     |
            C-SSRS screen positive; see safety plan.                                       | suicidal_ideation  | endorsed     | safety plan
            She reports her teenage son has been self-harming; client herself denies SH.   | self_harm          | denied       |
            Client reports thoughts of driving off the road on the way to work.            | suicidal_ideation  | endorsed     |
            Denies thoughts of harm to self or others.                                     | homicidal_ideation | denied       |
            She said her kids would be better off with a different mom.                    | suicidal_ideation  | endorsed     | passive
            Client endorses passive thoughts of not wanting to be here; risk assessed as low. | suicidal_ideation | endorsed   | risk level documented as low
            Client overdosed on fentanyl Saturday and was revived with Narcan. Denies SI.  | suicidal_ideation  | denied       | accidental overdose reported
            Client: I lost my temper and hit my son with a belt last week.                 | abuse              | endorsed     |
            Pt reports she slapped her daughter during an argument on Sunday.              | abuse              | endorsed     |
            Client: Honestly I've been having thoughts of ending it.                       | suicidal_ideation  | endorsed     |
            Client: I've been thinking about ending it with my boyfriend.                  | suicidal_ideation  | not_assessed |
            Discussed overdose risk after abstinence and provided a naloxone kit.          | suicidal_ideation  | not_assessed |
            Client took an overdose of her sleeping pills on purpose last week.            | suicidal_ideation  | endorsed     |
            Denies SI and reports HI toward her ex.                                        | homicidal_ideation | endorsed     |
            Denies SI and reports HI toward her ex.                                        | suicidal_ideation  | denied       |
            She cut her hand cooking dinner.                                               | self_harm          | not_assessed |
            Client: Sometimes I think about just driving my car into a wall.               | suicidal_ideation  | endorsed     |
            Client: I've thought about jumping off the bridge near my work.                | suicidal_ideation  | endorsed     |
            Client: I keep thinking about hanging myself.                                  | suicidal_ideation  | endorsed     |
            Client: My uncle touched me when I was little.                                 | abuse              | endorsed     |
            Client: My dad used to lock me in the closet for hours.                        | abuse              | endorsed     |
            Client: I sometimes think about stabbing my stepdad when he yells at my mom.   | homicidal_ideation | endorsed     |
            Client: I would never kill myself, my kids need me.                            | suicidal_ideation  | denied       |
            Client: I jumped off the dock into the lake with my kids.                      | suicidal_ideation  | not_assessed |
            Client reports that some days life isn't worth living.                         | suicidal_ideation | endorsed     |
            She denies feeling that life is not worth living.                              | suicidal_ideation | denied       |
            Client says she sometimes wishes she could go to sleep and never wake up.      | suicidal_ideation | endorsed     |
            Client reports she never wakes up rested and naps after work.                  | suicidal_ideation | not_assessed |
            He said he would never wake up before noon if he could.                        | suicidal_ideation | not_assessed |
            He said there is no point in going on like this at work.                       | suicidal_ideation | not_assessed |
            She said there is no point in going on.                                        | suicidal_ideation | endorsed     |
            Safety netting: to call 111 if thoughts of self-harm develop or mood worsens.  | self_harm         | not_assessed |
            SI: none. HI: none.                                                            | suicidal_ideation | denied       |
            Suicidal ideation: denied.                                                     | suicidal_ideation | denied       |
            SI/HI: negative                                                                | homicidal_ideation | denied      |
            Thoughts of self-harm: no                                                      | self_harm         | denied       |
            Suicidal thoughts were not present.                                            | suicidal_ideation | denied       |
            Risk: SI denied, HI denied, no self-harm.                                      | suicidal_ideation | denied       |
            SI: passive, no plan                                                           | suicidal_ideation | endorsed     | passive
            Suicide risk assessed as low; denies current SI.                               | suicidal_ideation | denied       |
            '+SI, -HI'                                                                     | homicidal_ideation | denied      |
            '+SI, -HI'                                                                     | suicidal_ideation | endorsed     |
            'SI (-), HI (-)'                                                               | suicidal_ideation | denied       |
            Pt denies any thoughts of harming self or others.                              | homicidal_ideation | denied      |
            Hx of SI.                                                                      | suicidal_ideation | not_assessed | history
            Client should not be left alone given her suicidal intent last night.          | suicidal_ideation | endorsed     |
            Writer asked if client had thoughts of self-harm this week and she said yes.   | self_harm         | endorsed     |
            Client's brother attempted to kill himself last month.                         | suicidal_ideation | not_assessed |
            Pt reports her son has been cutting himself.                                   | self_harm         | not_assessed |
            Mom reports she has been cutting again.                                        | self_harm         | endorsed     |
            Client reports cutting after her mom yelled at her.                            | self_harm         | endorsed     |
            Client: Some days I think my kids would be better off with the insurance money. | suicidal_ideation | endorsed    |
            Client: I had a moment where I thought they'd be better off with the life insurance. | suicidal_ideation | endorsed | passive
            Client: I thought my wife would just be better off without me.                 | suicidal_ideation  | endorsed     | passive
            Client: I just don't want to be around anymore.                                | suicidal_ideation  | endorsed     |
            Client: I don't want to be around him when he's drinking.                      | suicidal_ideation  | not_assessed |
            Client: Sometimes I think everyone would be better off if I wasn't around.     | suicidal_ideation  | endorsed     | passive
            Client: I've been thinking it would be easier to just not be here.             | suicidal_ideation  | endorsed     |
            Client: I thought about just letting go of the wheel on the highway.           | suicidal_ideation  | endorsed     |
            Client: My dad let go of the wheel to show off and we almost crashed.          | suicidal_ideation  | not_assessed |
            Client: I've been looking up ways to do it online. Like, how many pills it would take. | suicidal_ideation | endorsed | method researched
            Client: I looked up how to do it on YouTube, the tile grout I mean.            | suicidal_ideation  | not_assessed |
            Client: I've thought about ending things.                                      | suicidal_ideation  | endorsed     |
            Client: I've thought about ending things with Mark. We fight every weekend.    | suicidal_ideation  | not_assessed |
            Client: I sometimes think about not being here.                                | suicidal_ideation  | endorsed     | passive
            Client: I sometimes think about not being here for the holidays.               | suicidal_ideation  | not_assessed |
            Client: I don't see the point in going on.                                     | suicidal_ideation  | endorsed     |
            Client: I don't see the point in going on the trip if she's not coming.        | suicidal_ideation  | not_assessed |
            Client: Part of me wants to die.                                               | suicidal_ideation  | endorsed     |
            Client: I can't do this anymore. I just want to go to sleep and never wake up. | suicidal_ideation  | endorsed     | passive
            Client: My dad used to beat us when he was drunk.                              | abuse              | endorsed     |
            Client: My ex said he'd kill me if I ever took the kids.                       | abuse              | endorsed     |
            Client: He's never hit me, but he controls all the money.                      | abuse              | endorsed     |
            Client: My mom checks my phone every night and it drives me crazy.             | abuse              | not_assessed |
            Client: And then it hit me that she was really gone.                           | abuse              | not_assessed |
            Client: The grief just hit me out of nowhere on Sunday.                        | abuse              | not_assessed |
            Client: A car hit me on my bike last year and I still get nervous crossing.    | abuse              | not_assessed |
            Client: He just hit me, out of nowhere, in front of the kids.                  | abuse              | endorsed     |
            Client: When I get like that I bang my head against the wall.                  | self_harm          | endorsed     |
            Client: I keep banging my head against the wall with this project at work.     | self_harm          | not_assessed |
            Client: I keep having thoughts of stabbing my mother. I don't want to, they just pop in. | homicidal_ideation | endorsed | ego-dystonic
            PHQ-9 = 18, item 9 positive (several days).                                    | suicidal_ideation  | endorsed     |
            PHQ-9 17; item 9 = 0.                                                          | suicidal_ideation  | denied       |
            Item 9 of the checklist was skipped.                                           | suicidal_ideation  | not_assessed |
            Client reports thoughts of "not being here" since the breakup.                 | suicidal_ideation  | endorsed     | passive
            Pt denies SI but endorses hopelessness and feeling like a burden.              | suicidal_ideation  | denied       | hopelessness or feeling a burden reported
            Pt reports urges to cut, 6/10, used ice and TIPP skills, no SH this week.      | self_harm          | endorsed     | no self-harm acts reported
            Client reports partner "gets rough" when drinking.                             | abuse              | endorsed     |
            Client: He put his hands around my neck last month and squeezed.              | abuse              | endorsed     | strangulation reported
            Client: My boyfriend told me he'd kill me if I ever left him.                  | abuse              | endorsed     | threats to harm or kill reported
            Client: He shoved me into the door, and he has two handguns in the bedroom.     | abuse              | endorsed     | firearm in the home reported
            Client: I looked up how many of my mom's sleeping pills it would take.          | suicidal_ideation  | endorsed     | method researched
            Client: I took a razor to my arm last night.                                   | self_harm          | endorsed     |
            Client: I haven't self-harmed in 40 days.                                      | self_harm          | denied       | history of self-harm
            Client: I had urges to cut but I used my skills instead.                       | self_harm          | endorsed     | urges not acted on
            Client: Sometimes I drive really fast on purpose, like I don't care if I crash. | suicidal_ideation | endorsed     |
            Client reports feeling unsafe at home.                                         | abuse              | endorsed     | client reports feeling unsafe
            Client denies current SI; reports SI 3 months ago during relapse, resolved.   | suicidal_ideation  | denied       | history of suicidal ideation
            Pt reports SI last week, none today.                                           | suicidal_ideation  | denied       | history of suicidal ideation
            Reports SI 2 weeks ago, currently denies.                                      | suicidal_ideation  | denied       | history of suicidal ideation
            Client denies SI, HI, and AVH. Reports passive death wish last week, none currently. | suicidal_ideation | denied | history of suicidal ideation
            Reports passive SI 3 days ago, denies currently.                               | suicidal_ideation  | denied       | history of suicidal ideation
            Client reports a passive death wish last week.                                 | suicidal_ideation  | endorsed     | passive
            Pt reports command AH telling him to hurt himself; denies intent to act.       | homicidal_ideation | not_assessed |
            Pt reports command AH telling him to hurt himself; denies intent to act.       | self_harm          | endorsed     |
            Client reports her husband tracks her phone and checks her messages.           | abuse              | endorsed     |
            Client reports scratching arms with paper clip when overwhelmed, last episode 2 days ago, superficial. | self_harm | endorsed |
            Client reports scratching arms due to eczema flare.                            | self_harm          | not_assessed |
            Client disclosed abuse; report made to CPS during session.                     | abuse              | endorsed     | mandated report made
            Pt endorsed urges to self-harm this week (cutting), resisted by using ice and calling a friend. | self_harm | endorsed | urges not acted on
            Client admitted to spanking her son with a belt last week.                     | abuse              | endorsed     | harm by the client to another person reported
            Denies SI/HI/SH. Denies AVH.                                                   | self_harm          | denied       |
            Client: I overdosed last year, on purpose. I was in the hospital for three days. | suicidal_ideation | not_assessed | history of a suicide attempt
            Client: I've been thinking about taking all my pills. I counted them last night. | suicidal_ideation | endorsed    | preparatory behaviour reported
            Client: I gave my guitar to my brother and I've been writing goodbye letters.  | suicidal_ideation  | endorsed     | preparatory behaviour reported
            Client: Sometimes when I'm driving I think about just swerving into a tree.    | suicidal_ideation  | endorsed     | active thoughts
            Client: My uncle used to touch me when I was little. I never told anyone.      | abuse              | endorsed     | history of abuse or violence
            Client: He threw my phone against the wall last week and broke it.             | abuse              | endorsed     |
            Client: He just yells a lot and blocks the door when I try to leave.           | abuse              | endorsed     |
            Client: The kids broke my glasses playing ball in the house.                   | abuse              | not_assessed |
            She denied any physical violence in the relationship and said she feels safe at home. | abuse      | denied       |
            Pt states she feels safe with her partner.                                     | abuse              | denied       |
            Client reports she does not feel safe at home.                                 | abuse              | endorsed     | client reports feeling unsafe
            Risk: low. No SI/HI/SH. Protective factors: children, faith, engaged in treatment. | suicidal_ideation | denied | protective factors named
            Risk: low. No SI/HI/SH. Protective factors: children, faith, engaged in treatment. | suicidal_ideation | denied | risk level documented as low
            Client denies SI but has been giving away her things to friends.               | suicidal_ideation  | denied       | preparatory behaviour reported
            Client reports her father hit her with a belt as a child.                      | abuse              | endorsed     | history of abuse or violence
            Client: Honestly some nights I pray I don't wake up.                           | suicidal_ideation  | endorsed     | passive
            Client: I told God he can take me any time.                                    | suicidal_ideation  | endorsed     | passive
            Client: Sometimes I just want to disappear for a while, go somewhere nobody knows me. | suicidal_ideation | not_assessed |
            Client: My daughter blocked the door with her toys again, it's her new game.   | abuse              | not_assessed |
            Client: She won't let me leave the table until I finish my vegetables, my mom is so old-school. | abuse | not_assessed |
            Client: I counted my steps today, eleven thousand.                             | suicidal_ideation  | not_assessed |
            Pt denies SI/SH.                                                               | self_harm          | denied       |
            Client stated it wouldn't be the worst thing not to wake up. Denies intent.    | suicidal_ideation  | endorsed     | passive
            Client stated she wouldn't mind dying in her sleep.                            | suicidal_ideation  | endorsed     | passive
            Client: I wouldn't mind if I didn't wake up, honestly.                         | suicidal_ideation  | endorsed     | passive
            Client reports it wouldn't be the end of the world if she didn't get the job. Denies SI. | suicidal_ideation | denied |
            Client said she wouldn't mind a nap most days. Denies SI.                      | suicidal_ideation  | denied       |
            Client reports a history of one suicide attempt at 19. Denies SI.              | suicidal_ideation  | denied       | history of a suicide attempt
            Client states she feels like a burden to her family and that they would be better off without her. Denies plan. | suicidal_ideation | endorsed | passive
            Client reports thinking about the bridge project at work all week.            | suicidal_ideation  | not_assessed |
            pt denies si/hi.                                                               | homicidal_ideation | denied       |
            Client reported no thoughts of harming self or others.                         | suicidal_ideation  | denied       |
            Diary card reviewed: urges to self-harm 3/5 on Monday, 0 the rest of the week; no self-harm acts. | self_harm | endorsed | no self-harm acts reported
            Client (age 12) disclosed that her stepfather touches her at night when her mom is at work. | abuse | endorsed |
            C-SSRS: wish to be dead - yes (past month); non-specific active thoughts - no; behavior - no. | suicidal_ideation | endorsed | passive
            Client acknowledged occasional thoughts of self-harm but stated she would not act on them. | self_harm | endorsed | urges not acted on
            SI: denies. HI: none.                                                          | suicidal_ideation  | denied       |
            Client reports she took a few extra of her sleeping pills on Tuesday.          | suicidal_ideation  | unclear      |
            Client reports thoughts of hurting his baby when she cries, which frighten him; he has never acted on them. | homicidal_ideation | endorsed | intrusive and unwanted
            Pt seen for f/u. Reports hx of SA x2 (OD 2019, 2021). Mood low. | suicidal_ideation | not_assessed | history of a suicide attempt
            SA: alcohol 4-5 beers on weekends. Denies SI.                                  | suicidal_ideation  | denied       |
            Pt reports increased urges to SH but used DBT skills.                          | self_harm          | endorsed     | urges not acted on
            Hx of cutting age 13-16, none in past 5 years.                                 | self_harm          | denied       | history of self-harm
            Collateral from mother: pt has been giving away belongings and said goodbye to friends. | suicidal_ideation | unclear | preparatory behaviour reported
            Pt disclosed that her boyfriend strangled her last weekend. DV resources provided; pt declined shelter. | abuse | endorsed | crisis resources given
            Pt reports low mood. Denies hx of self-harm.                                   | self_harm          | denied       |
            Pt reports low mood. No history of self-harm.                                  | self_harm          | denied       |
            Pt owns two rifles and a handgun, kept in a gun safe in the basement. Denies SI. | suicidal_ideation | denied       | access to firearms reported
            Client: I just want to end it all.                                             | suicidal_ideation  | endorsed     |
            Pt reports thoughts of ending it all.                                          | suicidal_ideation  | endorsed     |
            Client: I don't want to end it all, I just want the pain to stop.              | suicidal_ideation  | denied       |
            Client: I started saving up my pills.                                          | suicidal_ideation  | unclear      | stockpiled medication reported
            Pt has been stockpiling her Seroquel.                                          | suicidal_ideation  | unclear      | stockpiled medication reported
            Client denies SI, HI, and SH.                                                  | self_harm          | denied       |
            Pt denies SI, HI, SH, AVH.                                                     | self_harm          | denied       |
            Client: Sometimes I wonder if everyone would be better off if I just disappeared. | suicidal_ideation | endorsed   | passive
            Client: What's the point of living anyway.                                     | suicidal_ideation  | endorsed     |
            Client reports her partner "grabbed my arm hard" during an argument; denies feeling unsafe. | abuse | endorsed    |
            Mother reports pt has been hitting younger sibling.                            | abuse              | endorsed     | harm by the client to another person reported
            CSSRS: no ideation in past month.                                              | suicidal_ideation  | denied       |
            Client: I don't trust myself around my pills right now.                        | suicidal_ideation  | unclear      |
            Client: I'm afraid of what I might do to myself.                               | suicidal_ideation  | unclear      |
            Client: I updated my will last week, just in case.                             | suicidal_ideation  | unclear      | preparatory behaviour reported
            Client: I could walk into the lake at the cabin.                               | suicidal_ideation  | endorsed     |
            Client: Sometimes when I'm driving I think how easy it would be to just swerve. | suicidal_ideation | endorsed     |
            Hx of 2 psychiatric hospitalizations for SI, last in 2021.                     | suicidal_ideation  | not_assessed | history of suicidal ideation
            Pt was hospitalized for SI in 2019. Denies current SI.                         | suicidal_ideation  | denied       | history of suicidal ideation
            Pt admitted for SI last night, now on the unit.                                | suicidal_ideation  | endorsed     |
            Client: Maybe I should just kill myself.                                       | suicidal_ideation  | endorsed     |
            Client: I think I might kill myself.                                           | suicidal_ideation  | endorsed     |
            Client: Maybe I hurt myself when I was drunk, I don't remember.                | self_harm          | unclear      |
            Mother worries she might hurt herself.                                         | self_harm          | unclear      |
            Client: I've been thinking maybe I should just drive off a bridge.             | suicidal_ideation  | endorsed     |
            Pt wondered if SI would return after stopping meds. Denies current SI.         | suicidal_ideation  | denied       |
            Client: I'm worried the urges to cut might come back when school starts.       | self_harm          | not_assessed |
            Client: My brother killed himself last spring. Sometimes I think about joining him, but I'd never do that to my mom. | suicidal_ideation | endorsed | passive
            Client: My brother killed himself last spring. Sometimes I think about joining him, but I'd never do that to my mom. | suicidal_ideation | endorsed | intent denied
            Client: My dad passed in June. I'm thinking about joining him at the lake house next summer. | suicidal_ideation | not_assessed |
            Client: I miss her so much. I just want to be with her again.                  | suicidal_ideation  | not_assessed |
            Client: My son has been taking money out of my account without asking.        | abuse              | endorsed     | financial exploitation reported
            Client: My nephew forged my signature on two checks.                           | abuse              | endorsed     | financial exploitation reported
            Client: She took my debit card and won't give it back.                         | abuse              | endorsed     | financial exploitation reported
            Client: My son keeps my social security check and gives me forty dollars a week. | abuse            | endorsed     | financial exploitation reported
            Client: I took some money out of my account to pay the rent.                   | abuse              | not_assessed |
            Client: My daughter took my debit card to the pharmacy for me.                 | abuse              | not_assessed |
            Client: Sometimes I think about bringing my dad's gun to school, just to scare them. | homicidal_ideation | unclear | access to firearms reported
            Client: I want them to feel what I feel. I want to make them pay.              | homicidal_ideation | unclear      |
            Client: I have a list of the people who did this to me.                        | homicidal_ideation | unclear      |
            Client: I'm going to make them pay for dinner next time.                       | homicidal_ideation | not_assessed |
            Client: I take my knife to work every day, I'm a chef.                         | homicidal_ideation | not_assessed |
            Client: Sometimes I think they'd all be happier if I wasn't around.            | suicidal_ideation  | endorsed     | passive
            Client: I'm not going to be around much longer anyway.                         | suicidal_ideation  | unclear      |
            Client denies current SI but endorses thoughts of "not wanting to wake up" on Sunday night. | suicidal_ideation | endorsed | passive
            Client: They posted a video of me in the locker room and everyone's been sharing it. | abuse         | endorsed     | bullying or harassment reported
            Client: I've been bullied at school since September.                           | abuse              | endorsed     | bullying or harassment reported
            Client: I used to get bullied in middle school.                                | abuse              | endorsed     | history of abuse or violence
            Client: He's been bullying his little brother.                                 | abuse              | not_assessed |
            Client: I told him no and he didn't stop.                                      | abuse              | endorsed     | sexual violence reported
            Client: He forced himself on me.                                               | abuse              | endorsed     | sexual violence reported
            Client: I woke up and he was on top of me. I couldn't move.                    | abuse              | endorsed     | sexual violence reported
            Client: He told me if I don't send more pictures he'll post the ones he has.   | abuse              | endorsed     | sexual violence reported
            Client: Someone put something in my drink at the party.                        | abuse              | endorsed     | drugged without consent reported
            Client disclosed sexual assault by acquaintance on 11/28.                      | abuse              | endorsed     | sexual violence reported
            Client: I told my boss no and he didn't stop emailing me.                      | abuse              | not_assessed |
            Client: My sister spilled something in my drink.                               | abuse              | not_assessed |
            Pt denies SI today. Endorsed SI w/ plan on intake 2 wks ago.                   | suicidal_ideation  | denied       | history of suicidal ideation
            Client: I starve myself when I feel like I deserve it.                         | self_harm          | endorsed     |
            Client: I was starving myself before the wedding to fit in the dress.          | self_harm          | not_assessed |
            Client: Sometimes I drive really fast and don't wear a seatbelt because I don't care what happens. | suicidal_ideation | unclear |
            Client: I drive fast on the highway, I don't care what people think.           | suicidal_ideation  | not_assessed |
            Client: I showed my brother where my will is and the passwords to everything.  | suicidal_ideation  | unclear      |
            Client: I've been giving away some of my stuff.                                | suicidal_ideation  | unclear      | preparatory behaviour reported
            Client: I gave away my cat last week because I won't need to take care of her. | suicidal_ideation  | unclear      | preparatory behaviour reported
            Client: I've been saying goodbye to people, kind of.                           | suicidal_ideation  | unclear      |
            Client: I put the dog's papers together so my sister can take her if anything happens. | suicidal_ideation | unclear |
            Client: I've been getting my affairs in order.                                 | suicidal_ideation  | unclear      |
            Client: When I was eight my stepdad would make me touch him.                   | abuse              | endorsed     | sexual violence reported
            Client: When I was eight my stepdad would make me touch him.                   | abuse              | endorsed     | history of abuse or violence
            Pt disclosed CSA by maternal uncle ages 7-10; first disclosure. Pt tearful.    | abuse              | endorsed     | history of abuse or violence
            Pt disclosed CSA by maternal uncle ages 7-10; first disclosure. Pt tearful.    | abuse              | endorsed     | sexual violence reported
            Survivor of CSA; nightmares 3x/wk.                                             | abuse              | endorsed     | history of abuse or violence
            Pt denies history of CSA.                                                      | abuse              | denied       |
            Client: My uncle used to come into my room at night when I was little.         | abuse              | unclear      |
            Client: My grandpa used to sneak into my bed when everyone was asleep.         | abuse              | unclear      |
            Client: He comes into my room at night when my mom's asleep.                   | abuse              | unclear      |
            Client: I don't see a way out.                                                 | suicidal_ideation  | unclear      |
            Client: I feel like a burden to everyone.                                      | suicidal_ideation  | unclear      | hopelessness or feeling a burden reported
            Client: I'm tired of living.                                                   | suicidal_ideation  | endorsed     | passive
            Client: Sometimes I wish I'd never been born.                                  | suicidal_ideation  | endorsed     | passive
            Client: Sometimes I imagine strangling my husband when he snores.              | homicidal_ideation | unclear      |
            Client: Sometimes I imagine strangling my husband when he snores.              | abuse              | not_assessed |
            Client: He threatened to kill me if I left.                                    | abuse              | endorsed     | threats to harm or kill reported
            Client: My dad used to beat us with a belt.                                    | abuse              | endorsed     | history of abuse or violence
            Tx: CBT, cognitive restructuring re: "I'm a burden to everyone." Denies SI.     | suicidal_ideation  | denied       |
            Client: She locks me out of the house when she's angry.                        | abuse              | endorsed     |
            Client: He took my phone and wouldn't give it back so I couldn't call anyone.  | abuse              | endorsed     |
            Client: My caregiver leaves me in my wet clothes all day.                      | abuse              | endorsed     |
            Client: My mom left me alone for days when I was nine.                         | abuse              | endorsed     | history of abuse or violence
            Client: I took like ten Tylenol to see what would happen.                      | suicidal_ideation  | unclear      |
            Pt endorses HI toward ex-husband w/ plan to "run him over"; has access to vehicle. | homicidal_ideation | endorsed | plan endorsed
            Client: He sits on my bed and he touches me. Under my clothes.                 | abuse              | endorsed     | sexual violence reported
            Client: My coach touches me on my legs when no one is looking.                 | abuse              | endorsed     | sexual violence reported
            Client: Sunday was dark. I had the thought that everybody would be better off, but it passed. | suicidal_ideation | endorsed | passive
            Client: Sometimes I feel like everyone would be better off.                    | suicidal_ideation  | endorsed     | passive
            Client: If they fired the manager, everybody would be better off.              | suicidal_ideation  | not_assessed |
            Client: Daddy hurt Mommy. I heard it from my room.                             | abuse              | endorsed     |
            Client: He never hits me, only my brother.                                     | abuse              | endorsed     |
            Client: I think everybody would be better off if we moved.                     | suicidal_ideation  | not_assessed |
            Denies SI since week 3 of induction; previously endorsed passive SI with no plan. | suicidal_ideation | denied     | history of suicidal ideation
            Previously endorsed passive SI, none since March.                              | suicidal_ideation  | denied       | history of suicidal ideation
            Client: I haven't had any of those dark thoughts like last winter. Nothing like wanting to not be here. | suicidal_ideation | denied |
            Client: I haven't wanted to not be here.                                       | suicidal_ideation  | denied       |
            Client: Some days I want to not be here.                                       | suicidal_ideation  | endorsed     |
            Client: Some days I want to not be here at this job.                           | suicidal_ideation  | not_assessed |
            Client: Last Tuesday I took all of my sleeping pills and most of the bottle of Tylenol. | suicidal_ideation | endorsed | suicide attempt reported (overdose)
            Client: I took all of my pills this morning as prescribed.                     | suicidal_ideation  | not_assessed |
            Client: Some nights I still wish I was dead. But I don't want to do it again. | suicidal_ideation | endorsed    | intent denied
            Client: I wish I was dead sometimes. Rob keeps the rest locked in his toolbox.  | suicidal_ideation  | endorsed     | means restriction agreed
            Client: I hear voices telling me to hurt my neighbor.                          | homicidal_ideation | endorsed     | command hallucinations to harm others reported
            Client: The voices tell me to kill myself sometimes.                           | suicidal_ideation  | endorsed     | command hallucinations to harm self reported
            Client: I grabbed his wrist really hard and I yelled at him to stop it.        | abuse              | endorsed     | harm by the client to another person reported
            Client: I grabbed her hand to cross the street and we laughed about it.        | abuse              | not_assessed |
            Client: I shook him by the shoulders, hard, until he stopped screaming.        | abuse              | endorsed     | harm by the client to another person reported
            Pt prays that God will take him soon; denies plan or intent.                  | suicidal_ideation  | endorsed     | passive
            Client: I pray God will take him soon, he is suffering so much.               | suicidal_ideation  | not_assessed |
            Client: He grabbed her hand so hard it left a bruise.                          | abuse              | endorsed     |
            Client: I'm not someone who wants to hurt him.                                 | homicidal_ideation | denied       |
            Client: I came up here to jump. I keep walking to the edge and back.           | suicidal_ideation  | endorsed     | at the place of the planned method now
            Client: Sometimes I think the baby and I should go to heaven together.         | homicidal_ideation | endorsed     | extended suicide
            Client: We should both go to the beach together this summer.                   | homicidal_ideation | not_assessed |
            Lifetime: aborted attempt 2015 (sat in truck with handgun). Denies current SI. | suicidal_ideation  | denied       | history of an aborted or interrupted suicide attempt
            Client: I drove to the bridge to jump. Part of me wants to.                    | suicidal_ideation  | endorsed     | intent ambivalent
            Client: Some nights I think if I just didn't wake up it would be easier for everybody. | suicidal_ideation | endorsed | passive
            Client: If I didn't wake up on time it would be easier to skip class.          | suicidal_ideation  | not_assessed |
            Client: He kicked me and I took off my belt and hit him with it.               | abuse              | endorsed     | harm by the client to another person reported
            Pt stated "I think she'd be better off if I was gone," then clarified he meant moving out of state, not dying. | suicidal_ideation | denied |
            Pt stated "I think she'd be better off if I was gone," and did not say more.  | suicidal_ideation  | endorsed     | passive
            """)
    void a_statement_gets_its_polarity_and_qualifier(String input, String domain, String polarity, String qualifier) {
        RiskFinding finding = finding(input, domain);
        assertEquals(polarity, finding.polarity(), finding.summary());
        if (qualifier != null) {
            assertTrue(finding.summary().contains(qualifier), qualifier + " in " + finding.summary());
        }
    }

    @Test
    void a_thought_said_and_then_the_act_denied_answers_no() {
        RiskFinding hi = finding(OPENING + """
                Therapist: And thoughts of hurting him?
                Client: I fantasize about him just disappearing, but no, I wouldn't hurt anybody.
                Therapist: Okay. Who knows what's going on?
                Client: My sister knows everything.
                """, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("I fantasize about him just disappearing, but no, I wouldn't hurt anybody."), hi.summary());
    }

    @Test
    void the_lead_in_of_people_in_general_to_a_risk_question_reports_nothing_of_the_client() {
        RiskFinding si = finding(OPENING + """
                Therapist: And with all this stress, sometimes people start to feel hopeless. Have you had any thoughts of hurting yourself or of not wanting to be alive?
                Client: No. I'm angry and I'm scared, but I want to live. I have my daughter.
                Therapist: Okay.
                """, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("hopelessness"), si.summary());
        assertTrue(finding(OPENING + """
                Therapist: How has your mood been?
                Client: I feel hopeless most days. But I don't want to die.
                Therapist: Thank you for telling me.
                """, "suicidal_ideation").summary().contains("hopelessness or feeling a burden reported"), "the client's own hopelessness");
    }

    @Test
    void stalking_and_a_firearm_kept_in_another_household_qualify_an_endorsed_abuse() {
        RiskFinding abuse = finding("""
                Therapist: How have things been?
                Client: Worse. He's been showing up again. Last Thursday his truck was parked across from my building when I left for work.
                Therapist: Has he contacted you?
                Client: He texts from different numbers. Forty-some messages this week.
                Therapist: Has he ever hurt you?
                Client: Once he threw my phone against the wall and pushed me into the door frame.
                Therapist: Has he ever had access to a gun?
                Client: He has a hunting rifle at his brother's place.
                """, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualifiers(abuse, "stalking reported", "access to a firearm reported (kept in another household)");
        assertFalse(abuse.summary().contains("firearm in the home reported"), abuse.summary());
        // (in a session whose abuse is endorsed, where the rule reads every line: a dog following her is no stalking)
        RiskFinding dog = finding("""
                Therapist: How have things been?
                Client: My dog keeps following me around the house since the move.
                Therapist: Has anyone hurt you?
                Client: Once he threw my phone against the wall and pushed me into the door frame.
                """, "abuse");
        assertEquals("endorsed", dog.polarity(), dog.summary());
        assertFalse(dog.summary().contains("stalking"), dog.summary());
    }

    @Test
    void violence_the_client_pictures_when_asked_is_a_thought_not_violence_done() {
        String pictured = OPENING + """
                Therapist: When you picture that, what do you see yourself doing?
                Client: Beating him. Sometimes worse.
                Therapist: Okay.
                """;
        assertEquals("not_assessed", finding(pictured, "abuse").polarity(), finding(pictured, "abuse").summary());
        String done = OPENING + """
                Therapist: What happened when he came home?
                Client: He was beating me. Then he left.
                Therapist: Okay.
                """;
        assertEquals("endorsed", finding(done, "abuse").polarity(), finding(done, "abuse").summary());
    }

    private static void assertQualifiers(RiskFinding finding, String... qualifiers) {
        for (String q : qualifiers) {
            assertTrue(finding.summary().contains(q), q + " in " + finding.summary());
        }
    }

    @Test
    void a_denial_of_feeling_unsafe_is_no_report_of_feeling_unsafe() {
        RiskFinding abuse = finding("Client reports her partner \"grabbed my arm hard\" during an argument; denies feeling unsafe.", "abuse");
        assertFalse(abuse.summary().contains("client reports feeling unsafe"), abuse.summary());
        assertTrue(finding("Pt reports feeling unsafe at home.", "abuse").summary().contains("client reports feeling unsafe"));
    }

    @Test
    void sh_with_a_verdict_is_the_self_harm_screen_and_sh_with_words_the_social_history() {
        assertEquals("denied", finding("Pt seen for f/u. Mood \"ok\".\nSI: denied\nSH: denied\nPlan: RTC 2 wks.\n", "self_harm").polarity());
        assertEquals("not_assessed", finding("Pt seen for f/u. Denies SI.\nSH: lives with wife, works as a nurse.\n", "self_harm").polarity());
    }

    @Test
    void a_drive_or_a_distrust_that_is_not_about_dying_is_no_finding() {
        assertEquals("not_assessed", finding(clientSaid("We should drive into the city on Saturday."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("How easy it would be to swerve around the potholes, I thought."), "suicidal_ideation")
                .polarity());
        assertEquals("not_assessed", finding(clientSaid("I don't trust myself with the car keys after a few drinks."), "suicidal_ideation")
                .polarity());
    }

    @Test
    void a_goodbye_a_gift_or_a_visit_at_night_that_is_not_about_dying_or_abuse_is_no_finding() {
        assertEquals("not_assessed", finding(clientSaid("I gave away my old clothes to Goodwill."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("I said goodbye to my mom at the airport."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("I told my sister where the spare key is."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("My dad is getting his affairs in order since the cancer came back."),
                "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("My mom used to come into my room at night to check on me."), "abuse").polarity());
        assertEquals("not_assessed", finding(clientSaid("My mom would come into my room when I had nightmares and sing to me."), "abuse")
                .polarity());
        assertEquals("not_assessed", finding(clientSaid("She made me touch the stove to teach me it was hot."), "abuse").polarity());
        assertEquals("not_assessed", finding(clientSaid("My dog comes into my room at night."), "abuse").polarity());
        assertEquals("not_assessed", finding(clientSaid("I'm tired of living in this apartment."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("I can't see a way out of this contract."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("I don't want to be a burden to my kids when I'm old."), "suicidal_ideation")
                .polarity());
        assertEquals("not_assessed", finding(clientSaid("I picture hitting the ball over the fence."), "homicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("My dog took my phone and hid it under the couch."), "abuse").polarity());
        assertEquals("not_assessed", finding(clientSaid("I locked myself out of the house."), "abuse").polarity());
        assertEquals("not_assessed", finding(clientSaid("The cat sits on my bed and I touch her ears."), "abuse").polarity());
        // a history of it denied is no history
        assertEquals("Abuse or violence: denied (“Pt denies history of CSA.”).", finding("Pt denies history of CSA.", "abuse").summary());
    }

    @Test
    void a_saved_or_a_going_on_that_is_not_about_pills_or_life_is_no_finding() {
        assertEquals("not_assessed", finding(clientSaid("I've been saving my meds for the trip."), "suicidal_ideation").polarity());
        assertEquals("not_assessed", finding(clientSaid("What's the point of going on the trip if she won't come?"), "suicidal_ideation")
                .polarity());
    }

    private static final String WEEK = "Therapist: How was your week?\nClient: Not great.\nTherapist: What happened?\n";

    @Test
    void hi_and_si_in_other_words_are_no_finding() {
        assertEquals("not_assessed", finding("Mother: Hi.\nTherapist: Hi, come in.\nClient: Hi.\nTherapist: How was the week?\nClient: Fine.",
                "homicidal_ideation").polarity());
        assertEquals("not_assessed", finding(WEEK + "Client: Sí, claro. Si, I mean yes." + AFTER, "suicidal_ideation").polarity());
    }

    @Test
    void sitting_with_a_loaded_pistol_is_preparatory_and_a_brother_keeping_it_is_means_restriction() {
        RiskFinding finding = finding("Therapist: How have you been since last time?\nClient: Worse. The nightmares are back.\n"
                + "Therapist: When things get this bad, do you ever have thoughts of killing yourself?\nClient: Yeah. More than before. Last "
                + "night I sat in the truck with my service pistol for a while.\nTherapist: Thank you for telling me. Did you load it?\n"
                + "Client: It's always loaded. I didn't do anything. I just sat there and thought about it.\nTherapist: What stopped you?\n"
                + "Client: My daughter's face. She's eight.\nTherapist: Would you be willing to let someone hold onto the pistol for a "
                + "while?\nClient: My brother could keep it. I'll drop it off at his place tonight.", "suicidal_ideation");
        assertEquals("endorsed", finding.polarity(), finding.summary());
        // each of the three had been left out
        for (String qualifier : List.of("preparatory behaviour reported", "means restriction agreed", "protective factors named")) {
            assertTrue(finding.summary().contains(qualifier), qualifier + " in " + finding.summary());
        }
    }

    @Test
    void someone_else_hurting_the_client_is_abuse_not_homicidal_ideation() {
        String notes = "No indication of abuse or neglect; client denies anyone hurting him when asked directly. Mother reports three "
                + "tantrums this week, mostly at bedtime after visits with his father, and new bed-wetting since the separation.";
        assertEquals("not_assessed", finding(notes, "homicidal_ideation").polarity()); // it was denied homicidal ideation
        assertEquals("denied", finding(notes, "abuse").polarity());
        assertEquals("endorsed", finding("Therapist: How was school?\nClient: Bad. I got in trouble.\nTherapist: Has anyone been hurting "
                + "you at home?\nClient: Someone touched me where they should not. My uncle.\nTherapist: Thank you for telling me.\n"
                + "Client: Okay.", "abuse").polarity());
        assertEquals("not_assessed", finding(WEEK + "Client: Someone touched me on the shoulder on the bus and I panicked." + AFTER,
                "abuse").polarity());
    }

    @Test
    void a_report_not_made_and_pills_kept_for_an_overdose_are_no_report_and_no_means_restricted() {
        RiskFinding assault = finding("Client reports being sexually assaulted at a party in March; has not reported to police.", "abuse");
        assertEquals("endorsed", assault.polarity());
        assertFalse(assault.summary().contains("mandated report made"), assault.summary());
        RiskFinding plan = finding("Client endorsed SI with plan to overdose on stored medications; hospitalization discussed.",
                "suicidal_ideation");
        assertTrue(plan.summary().contains("plan endorsed"), plan.summary());
        assertFalse(plan.summary().contains("means restriction"), plan.summary());
    }

    @Test
    void a_yes_to_feeling_safe_at_home_is_no_abuse_and_a_no_is() {
        String asked = "Therapist: How was the week?\nClient: Not great.\nTherapist: Do you feel safe at home?\nClient: ";
        String after = "\nTherapist: Okay. How is sleep?\nClient: Bad, maybe four hours.";
        assertEquals("denied", finding(asked + "Yes." + after, "abuse").polarity()); // it was endorsed
        assertEquals("denied", finding(asked + "Yes. Completely." + after, "abuse").polarity());
        assertEquals("endorsed", finding(asked + "Not really. He's been drinking again." + after, "abuse").polarity());
        assertEquals("endorsed", finding(asked + "Mostly. Not when he's drinking." + after, "abuse").polarity());
        // a fear of being reported names no harm
        assertEquals("not_assessed", finding(WEEK + "Client: I was so scared you'd call CPS." + AFTER, "abuse").polarity());
        assertEquals("endorsed", finding(WEEK + "Client: CPS came to the house because of the bruises on my son." + AFTER, "abuse").polarity());
    }

    @Test
    void urges_of_the_present_not_acted_on_stand_beside_a_denial_of_self_harm() {
        RiskFinding harm = finding("""
                Therapist: And any cutting or hurting yourself?
                Client: No. I haven't cut in almost three years. I still have the urge sometimes after a purge, but I don't act on it.
                Therapist: That's important.
                """, "self_harm");
        assertEquals("denied", harm.polarity(), harm.summary());
        assertTrue(harm.summary().contains("urges not acted on"), harm.summary());
        assertTrue(harm.summary().contains("history of self-harm"), harm.summary());
        // a denial with no urge named names none
        RiskFinding none = finding("He denies any thoughts of harming himself or others. He said he would never act on it.", "self_harm");
        assertFalse(none.summary().contains("urges"), none.summary());
    }

    @Test
    void an_exposure_script_read_aloud_is_no_mention_and_a_what_if_doubt_with_a_horrified_denial_is_intrusive() {
        String session = """
                Therapist: How have the thoughts been?
                Client: Every time I'm at the top of the stairs holding him, I get this flash of him falling. And then I think, what if I want to drop him?
                Therapist: Have you had any thoughts of wanting to hurt Aarav, or any urge or intention to act on these thoughts?
                Client: No. God, no. That's the thing, I'd never want to. The thoughts make me sick.
                Therapist: Would you be willing to write the thought down, "What if I drop him?", and read it out loud to me?
                Client: Okay.
                Therapist: Go ahead whenever you're ready.
                Client: What if I drop him. What if I drop him.
                Therapist: What's your anxiety now, zero to a hundred?
                Client: Seventy.
                """;
        RiskFinding hi = finding(session, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("described as intrusive and unwanted (ego-dystonic)"), hi.summary());
        // (the card read aloud had been quoted as what the client said of her own wish)
        assertFalse(hi.summary().contains("client said “What if I drop him.”"), hi.summary());
        // read aloud alone, after a denial: a denial
        RiskFinding read = finding(session.replace("And then I think, what if I want to drop him?", "It's awful."), "homicidal_ideation");
        assertEquals("denied", read.polarity(), read.summary());
    }

    @Test
    void a_new_mothers_what_if_thought_of_harming_her_baby_is_charted_as_intrusive() {
        RiskFinding hi = finding(WEEK + "Client: When I'm cutting vegetables I think, what if I hurt her with the knife. I would never. "
                + "It makes me sick." + AFTER, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("intrusive and unwanted"), hi.summary());
        assertEquals("not_assessed", finding(WEEK + "Client: What if I hit him back next time?" + AFTER, "homicidal_ideation").polarity());
    }

    @Test
    void being_pinned_and_called_stupid_is_abuse() {
        RiskFinding finding = finding("Therapist: How are things at home?\nClient: Tense. My husband drinks and gets mean.\nTherapist: Mean "
                + "how?\nClient: He yells and calls me stupid. Last week he pinned me against the fridge and wouldn't let me go. I was "
                + "scared.\nTherapist: Do you feel safe at home?\nClient: Most of the time. Not when he's drinking.", "abuse");
        assertEquals("endorsed", finding.polarity(), finding.summary()); // it was unclear, from the answer about feeling safe alone
        assertTrue(finding.summary().contains("pinned me against the fridge"), finding.summary());
        assertEquals("not_assessed", finding(WEEK + "Client: My mom wouldn't let me go to the party, and my coach held me back after "
                + "practice." + AFTER, "abuse").polarity());
    }

    @Test
    void property_smashed_in_a_fight_is_violence_and_a_hole_for_the_tv_is_not() {
        RiskFinding finding = finding(WEEK + "Client: Last month I punched a hole in the garage door when we were arguing. I've never "
                + "touched her, and I never would, but I know it scared her." + AFTER, "abuse");
        assertEquals("endorsed", finding.polarity(), finding.summary()); // it had been no finding
        assertTrue(finding.summary().contains("property damaged in anger during a conflict (intimidation)"), finding.summary());
        assertEquals("not_assessed", finding(WEEK + "Client: I punched a hole in the wall to hang the TV, and my wife yelled at me for "
                + "the mess." + AFTER, "abuse").polarity());
    }

    @Test
    void who_would_be_better_off_is_not_whose_death_wish_it_is() {
        // "they'd" had been taken for the subject of the wish: the answer to a suicide screen was no finding at all
        RiskFinding finding = finding(WEEK + "Client: I lost the car payment at the casino.\nTherapist: Have you had any thoughts of killing "
                + "yourself?\nClient: I had a moment on Sunday where I thought they'd be better off with the life insurance. But I don't "
                + "want to die." + AFTER, "suicidal_ideation");
        assertEquals("endorsed", finding.polarity(), finding.summary());
        assertTrue(finding.summary().contains("passive"), finding.summary());
        assertEquals("not_assessed", finding(WEEK + "Client: My brother lost his job. My brother said they'd be better off with the life "
                + "insurance, about his old truck." + AFTER, "suicidal_ideation").polarity());
    }

    @Test
    void a_threat_to_kill_anyone_who_harms_the_clients_sister_again_is_homicidal_ideation() {
        // "anyone" as the one whose harm is the condition, as "he" or "my stepdad" was
        assertEquals("endorsed", finding(clientSaid("If anyone touches my sister again I swear I'll kill them."), "homicidal_ideation")
                .polarity());
        assertEquals("not_assessed", finding(clientSaid("If anyone eats my leftovers again I swear I'll kill them."),
                "homicidal_ideation").polarity());
    }

    @Test
    void thinking_about_a_parents_gun_needs_follow_up_with_the_intent_denied_and_the_firearm_named() {
        RiskFinding finding = finding(WEEK + "Client: I've been thinking a lot about my dad's gun. It's in the closet.\nTherapist: What kind "
                + "of thoughts?\nClient: Just that it would be quick. I wouldn't do it though." + AFTER, "suicidal_ideation");
        assertEquals("unclear", finding.polarity(), finding.summary()); // it had been no finding at all
        assertTrue(finding.summary().contains("intent denied"), finding.summary());
        // (the father's gun, in the closet: access, not only a firearm talked about)
        assertTrue(finding.summary().contains("access to firearms reported"), finding.summary());
        assertEquals("not_assessed", finding(WEEK + "Client: I keep thinking about the gun show this weekend with my dad." + AFTER,
                "suicidal_ideation").polarity());
    }

    @Test
    void a_parents_frightening_image_of_shaking_the_baby_is_charted_as_intrusive() {
        RiskFinding finding = finding(WEEK + "Client: Sometimes when he screams for hours I get this picture of shaking him. It scares me "
                + "so much." + AFTER, "homicidal_ideation");
        assertEquals("endorsed", finding.polarity(), finding.summary()); // it had been no finding at all
        assertTrue(finding.summary().contains("described as intrusive and unwanted (ego-dystonic)"), finding.summary());
        assertEquals("denied", finding(WEEK + "Client: My boss scares me. I have thoughts of quitting.\nTherapist: Any thoughts of hurting "
                + "anyone?\nClient: No." + AFTER, "homicidal_ideation").polarity());
    }
    private static final String AFTER = "\nTherapist: Thank you for telling me.\nClient: Yeah.";

    @Test
    void a_yes_to_one_part_of_a_question_does_not_endorse_the_risk_the_answer_denies_in_its_own_words() {
        String answer = WEEK + "Client: Work, mostly.\nTherapist: Any urges to use or to hurt yourself this week?\n"
                + "Client: Urges to drink, yeah. Not to hurt myself." + AFTER;
        assertEquals("denied", finding(answer, "self_harm").polarity());
    }

    @Test
    void a_no_after_an_exclamation_answers_a_question_about_hurting_the_baby() {
        RiskFinding hi = finding(WEEK + "Client: The baby cries all night.\nTherapist: Do you ever think about hurting the baby?\n"
                + "Client: God, no. Never." + AFTER, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
    }

    @Test
    void blades_the_client_had_hidden_and_that_were_found_leave_self_harm_unclear() {
        RiskFinding finding = finding(WEEK + "Client: My mom found my razor blades last week." + AFTER, "self_harm");
        assertEquals("unclear", finding.polarity(), finding.summary());
        assertTrue(finding.summary().contains("My mom found my razor blades"), finding.summary());
    }

    @Test
    void blades_named_and_used_on_the_arms_in_the_next_sentence_are_self_harm_endorsed() {
        RiskFinding finding = finding(WEEK + "Client: My mom found the razor blades in my room. I used them on my arms a couple of times."
                + AFTER, "self_harm");
        assertEquals("endorsed", finding.polarity(), finding.summary());
        assertTrue(finding.summary().contains("I used them on my arms"), finding.summary());
    }

    @Test
    void blades_found_but_never_used_stay_unclear_and_are_quoted_once() {
        RiskFinding finding = finding(WEEK + "Client: Dad found the blades. I never used them on my arms though, I just had them."
                + AFTER, "self_harm");
        assertEquals("unclear", finding.polarity(), finding.summary());
        assertEquals(1, finding.summary().split("Dad found the blades", -1).length - 1, finding.summary());
    }

    @ParameterizedTest
    @ValueSource(strings = {"My sister hides her razor blades from my mom.",
            "I bought new blades for my razor. My dad keeps the razor blades in the garage for his box cutter.",
            "I used the lotion on my arms. It helped with the rash."})
    void blades_that_are_someone_elses_or_for_shaving_are_no_finding(String said) {
        assertEquals("not_assessed", finding(WEEK + "Client: " + said + AFTER, "self_harm").polarity());
    }

    @Test
    void a_refused_safety_contract_is_not_charted_as_a_contract_made() {
        RiskFinding finding = finding("Client denies SI but refused to contract for safety.", "suicidal_ideation");
        assertFalse(finding.summary().contains("; contracted for safety"), finding.summary());
    }

    @Test
    void a_partners_threat_of_his_own_suicide_is_no_threat_to_kill_the_client() {
        RiskFinding finding = finding("Client: He pushed me against the wall on Saturday.\nTherapist: What happened after that?\n"
                + "Client: He said if I leave he'll kill himself.", "abuse");
        assertEquals("endorsed", finding.polarity());
        assertFalse(finding.summary().contains("threats to harm or kill"), finding.summary());
    }

    @Test
    void the_fear_of_being_a_burden_when_asking_for_help_is_no_risk_factor_but_feeling_a_burden_is() {
        // an IOP note: "Used MI to explore ambivalence about sponsor; pt identified fear of "being a burden."" had charted
        // hopelessness or feeling a burden beside "Pt denies SI/HI."
        RiskFinding sponsor = finding("Pt denies SI/HI. Used MI to explore ambivalence about sponsor; pt identified fear of \"being a burden.\"",
                "suicidal_ideation");
        assertEquals("denied", sponsor.polarity());
        assertFalse(sponsor.summary().contains("burden"), sponsor.summary());
        RiskFinding family = finding("Pt denies SI/HI. States she feels like a burden to her family since the surgery.", "suicidal_ideation");
        assertTrue(family.summary().contains("hopelessness or feeling a burden reported"), family.summary());
        RiskFinding rather = finding("Pt denies SI/HI. Pt said she would rather die than be a burden on her kids.", "suicidal_ideation");
        assertTrue(rather.summary().contains("hopelessness or feeling a burden reported"), rather.summary());
    }

    @Test
    void not_caring_whether_one_wakes_up_is_a_passive_wish_and_a_no_to_attempts_and_guns_is_charted() {
        String input = """
                Dr. Patel: Any hospitalizations for mental health, or suicide attempts?
                Marcus: No, never been hospitalized. No attempts.
                Dr. Patel: Have you had any thoughts of suicide recently?
                Marcus: Sometimes I think it wouldn't matter if I didn't wake up. But I wouldn't do anything. I have my daughter every other weekend.
                Dr. Patel: Do you have any guns at home?
                Marcus: No. My ex made me get rid of my hunting rifle years ago.
                """;
        RiskFinding si = finding(input, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        // it was "active thoughts" (a yes to "thoughts of suicide" not heard as a wish not to wake up)
        assertTrue(si.summary().contains("passive"), si.summary());
        assertFalse(si.summary().contains("active thoughts"), si.summary());
        assertTrue(si.summary().contains("no history of attempts reported"), si.summary());
        // "guns at home" without "your" was no question about weapons: "access to firearms addressed" from the rifle
        assertTrue(si.summary().contains("no access to firearms"), si.summary());
        assertFalse(si.summary().contains("access to firearms addressed"), si.summary());
    }

    @Test
    void an_attempt_long_ago_is_history_and_says_nothing_of_now() {
        // was "unclear, needs clinical follow-up": the answer is about when, not about now
        RiskFinding si = finding(OPENING + """
                Therapist: Have you ever tried to kill yourself?
                Client: When I was sixteen. I took a bunch of Tylenol. Nobody ever knew.
                """, "suicidal_ideation");
        assertEquals("not_assessed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("history of a suicide attempt"), si.summary());
    }

    @Test
    void everyone_being_fine_without_me_is_a_passive_wish() {
        RiskFinding si = finding(OPENING + """
                Therapist: Are you having any thoughts of suicide?
                Client: Not really. I mean, sometimes I think everyone would be fine without me, but I'm not going to do anything.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("passive"), si.summary());
    }

    @Test
    void a_question_about_hurting_someone_by_name_or_oneself_screens_both() {
        String input = """
                Therapist: What was going on inside you right before you grabbed him?
                Client: I was thinking, I can't lose this job. My whole body was hot.
                Therapist: Have you had any thoughts of hurting Jayden, or yourself, since then?
                Client: No. Nothing like that. I just feel like a terrible mom.
                """;
        assertEquals("denied", finding(input, "homicidal_ideation").polarity(), finding(input, "homicidal_ideation").summary());
        assertEquals("denied", finding(input, "self_harm").polarity(), finding(input, "self_harm").summary());
    }

    @Test
    void a_question_about_life_not_being_worth_it_screens_for_suicidal_ideation() {
        // only self-harm had been asked: "life isn't worth it" without "living" was no death wish
        String input = """
                Therapist: How has school been this week?
                Client: Fine. Some kids are annoying but nobody's bothering me.
                Therapist: Any thoughts of hurting yourself, or feeling like life isn't worth it, even for a moment?
                Client: No. Nothing like that.
                """;
        assertEquals("denied", finding(input, "suicidal_ideation").polarity(), finding(input, "suicidal_ideation").summary());
        assertEquals("denied", finding(input, "self_harm").polarity(), finding(input, "self_harm").summary());
        // a question about whether something else is worth it asks nothing of the kind
        String other = input.replace("Any thoughts of hurting yourself, or feeling like life isn't worth it, even for a moment?",
                "Do you think the extra class is worth it?");
        assertEquals("not_assessed", finding(other, "suicidal_ideation").polarity(), finding(other, "suicidal_ideation").summary());
    }

    @Test
    void a_question_pointing_back_at_not_wanting_to_be_around_screens_for_suicidal_ideation() {
        // all four domains were "not addressed" here: "around" was no death wish, "Have those come back" pointed nowhere
        String input = """
                Therapist: I want to check in about the thoughts you told me about last time, of not wanting to be around. Have those come back this week?
                Client: Tuesday night, yeah. I had the thought that my family would be better off with the life insurance. But I wouldn't do that to my kids. I don't have a plan or anything.
                Therapist: Are there any firearms in the house?
                Client: No. My wife made me get rid of my dad's old rifle years ago.
                """;
        RiskFinding si = finding(input, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("asked about suicidal ideation, client answered “Tuesday night, yeah."), si.summary());
        assertTrue(si.summary().contains("plan denied"), si.summary());
        assertTrue(si.summary().contains("intent denied"), si.summary());
        assertTrue(si.summary().contains("no access to firearms"), si.summary());
        // a yes to a question about not wanting to be around is a passive wish
        String yesOnly = input.replace(" I had the thought that my family would be better off with the life insurance.", "");
        assertTrue(finding(yesOnly, "suicidal_ideation").summary().contains("passive"), finding(yesOnly, "suicidal_ideation").summary());
    }

    @Test
    void a_screening_question_typed_without_its_question_mark_is_still_asked() {
        String input = """
                Therapist: how was the weekend
                Client: it was okay i mostly stayed home and watched tv with my roommate
                Therapist: any thoughts of hurting yourself or ending your life since we last talked
                Client: no not really i mean i had a rough night on friday but no nothing like that
                """;
        assertEquals("denied", finding(input, "suicidal_ideation").polarity(), finding(input, "suicidal_ideation").summary());
        assertEquals("denied", finding(input, "self_harm").polarity(), finding(input, "self_harm").summary());
    }

    @Test
    void an_answer_about_the_past_alone_is_history_and_a_denial_of_the_present() {
        String input = """
                Therapist: How has the week been?
                Client: Busy, but okay.
                Therapist: Do you ever think about hurting yourself?
                Client: I used to. In college. I'd cut my thighs. Not for like two years now.
                """;
        RiskFinding selfHarm = finding(input, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertTrue(selfHarm.summary().contains("history of self-harm"), selfHarm.summary());
        String still = input.replace("Not for like two years now.", "Sometimes I still do.");
        assertEquals("endorsed", finding(still, "self_harm").polarity(), finding(still, "self_harm").summary());
    }

    @Test
    void someone_who_scares_the_client_and_punches_walls_is_abuse_though_he_never_hit_her() {
        String input = """
                Therapist: How has the week been?
                Client: Busy, but okay.
                Therapist: Does anyone in your life scare you?
                Client: My husband, when he drinks. He's never hit me, but he punches walls and says I'd be nothing without him.
                """;
        assertEquals("endorsed", finding(input, "abuse").polarity(), finding(input, "abuse").summary());
        assertEquals("not_assessed", finding("Client: My daughter slams doors and throws her toys when she is upset.", "abuse").polarity());
    }

    @Test
    void a_denial_of_not_wanting_to_be_around_is_a_denial() {
        String input = """
                Therapist: Any thoughts of not wanting to be around?
                Client: No, nothing like that.
                Therapist: Good. How is the new job going?
                Client: It's fine, busy.
                """;
        assertEquals("denied", finding(input, "suicidal_ideation").polarity());
    }

    @Test
    void the_whole_answer_to_a_screening_question_is_quoted_and_a_method_makes_the_thoughts_active() {
        String input = """
                Therapist: Any thoughts of suicide since last time?
                Client: Yeah, kind of. Last night I thought about taking all my pills.
                Therapist: Did you take any?
                Client: No. I put them back.
                """;
        RiskFinding si = finding(input, "suicidal_ideation");
        assertEquals("endorsed", si.polarity());
        assertTrue(si.summary().contains("thought about taking all my pills"), si.summary());
        assertTrue(si.summary().contains("active thoughts"), si.summary());
        assertEquals(3, si.evidence().size(), "the question and both sentences of the answer: " + si.evidence());
    }

    @Test
    void a_clients_own_self_harm_after_a_relative_is_named_is_still_the_clients() {
        RiskFinding selfHarm = finding("Client reports her mother yells at her and she has been cutting herself again.", "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        assertFalse(finding("Client reports her mother yells at her and she has been cutting herself again.", "suicidal_ideation")
                .summary().contains("exposure"));
    }

    @Test
    void an_idiom_of_killing_is_not_homicidal_but_a_wish_to_kill_is() {
        assertEquals("not_assessed", finding("This commute is killing me and my boss is killing him.", "homicidal_ideation").polarity());
        assertEquals("endorsed", finding("Client stated he wanted to kill his boss after the meeting.", "homicidal_ideation").polarity());
        assertEquals(List.of(), finding("Client stated he wanted to kill his boss after the meeting.", "homicidal_ideation")
                .summary().lines().filter(l -> l.contains("denied")).toList());
    }

    @Test
    void a_unit_repeating_a_risk_word_thousands_of_times_counts_a_few_mentions_of_it() {
        String input = "Therapist: How are things?\nClient: " + "I keep cutting and cutting, ".repeat(3000) + "\nTherapist: Okay.";
        InputReader.Parsed parsed = READER.read(input, false);
        long selfHarm = screen.screen(parsed).stream().filter(m -> m.domain() == RiskScreen.Domain.self_harm).count();
        assertTrue(selfHarm > 0 && selfHarm <= 8, "mentions kept: " + selfHarm);
        assertEquals("endorsed", finding(input, "self_harm").polarity());
    }

    @Test
    void a_no_to_the_screening_question_stays_a_denial_when_the_answer_names_a_relatives_suicide() {
        String input = """
                Therapist: Any thoughts of suicide or of hurting yourself?
                Client: No. My mom died by suicide when I was twelve, so I would never.
                Therapist: Thank you for telling me.
                """;
        RiskFinding si = finding(input, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertEquals("denied", finding(input, "self_harm").polarity());
    }

    @Test
    void an_intimate_partner_violence_screen_answered_no_is_a_denial_and_answered_yes_an_endorsement() {
        String denied = """
                Therapist: Has Sam ever pushed you, grabbed you, or threatened you when arguments get heated?
                Client: No, never. He's never been physical. He yells sometimes, that's it.
                Therapist: And do you ever feel afraid of him at home?
                Client: No, not at all.
                """;
        RiskFinding abuse = finding(denied, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("He's never been physical"), abuse.summary());
        String endorsed = """
                Therapist: Has there been anything physical when the two of you argue?
                Client: Yes. Last month he shoved me into the door.
                """;
        assertEquals("endorsed", finding(endorsed, "abuse").polarity());
        // a question about the client's own violent thoughts screens homicidal ideation, not abuse
        String thoughts = """
                Therapist: Have you had any violent thoughts toward anyone?
                Client: No, nothing like that.
                """;
        assertEquals("not_assessed", finding(thoughts, "abuse").polarity());
    }

    @Test
    void what_the_client_says_of_someone_elses_attempt_is_not_the_clients_own_risk() {
        // the client speaks of herself as "I": "kill himself", "end her life" in her words are someone else's
        String brother = """
                Therapist: How have you been since our last session?
                Client: It's been a hard couple of weeks. My brother tried to kill himself last month and he's still in the hospital.
                Client: My best friend keeps saying she wants to end her life and I don't know what to do.
                Therapist: That is a lot to carry. Have you had any thoughts of suicide yourself?
                Client: No. Seeing what it did to my family, I would never do that.
                """;
        RiskFinding si = finding(brother, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertFalse(si.summary().contains("history of a suicide attempt"), si.summary());
        assertTrue(si.summary().contains("exposure to suicide"), si.summary());
    }

    @Test
    void a_relative_who_came_along_speaks_of_the_client_in_the_third_person() {
        String mother = """
                Therapist: What brings you both in today?
                Mom: She told me last night that she wants to kill herself. I found a note in her room.
                Client: I don't want to talk about it.
                """;
        assertEquals("endorsed", finding(mother, "suicidal_ideation").polarity());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            He said he wanted to die.                        | suicidal_ideation | not_assessed
            My husband told me he has thoughts of suicide.  | suicidal_ideation | not_assessed
            My son has been cutting himself.                 | self_harm         | not_assessed
            My sister cuts herself and I'm worried about her. | self_harm        | not_assessed
            She makes me want to die.                        | suicidal_ideation | endorsed
            My mom found out I was cutting again.            | self_harm         | endorsed
            When my mom yells, I want to kill myself.        | suicidal_ideation | endorsed
            My girlfriend hits me when she's drunk.          | abuse             | endorsed
            He threw a bottle at me and it cut my arm.       | self_harm         | not_assessed
            I burned myself on the stove making dinner, it's nothing. | self_harm | not_assessed
            I hurt myself at the gym, pulled a muscle in my back. | self_harm     | not_assessed
            I cut myself shaving this morning.               | self_harm         | not_assessed
            I beat my brother at chess.                      | abuse             | not_assessed
            I could kill for a coffee right now.             | homicidal_ideation | not_assessed
            My mom is going to kill me when she sees my grades. | homicidal_ideation | not_assessed
            I burned myself with a lighter on purpose.       | self_harm         | endorsed
            He threw a bottle at me and it cut my arm.       | abuse             | endorsed
            I cut my arm with a razor last night.            | self_harm         | endorsed
            """)
    void in_the_clients_words_the_subject_decides_whose_risk_it_is(String said, String domain, String polarity) {
        RiskFinding finding = finding(clientSaid(said), domain);
        assertEquals(polarity, finding.polarity(), finding.summary());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            After the call I felt like I needed to cut.             | self_harm | endorsed
            I wanted to cut so bad last night.                      | self_harm | endorsed
            I haven't cut in four months.                           | self_harm | denied      
            We need to cut costs at work.                           | self_harm | not_assessed
            I had to cut my hours at the store.                     | self_harm | not_assessed
            My boss said they might cut back on shifts.             | self_harm | not_assessed
            """)
    void cut_without_an_object_after_a_want_or_a_not_is_self_harm(String said, String domain, String polarity) {
        RiskFinding finding = finding(clientSaid(said), domain);
        assertEquals(polarity, finding.polarity(), finding.summary());
        // "I haven't cut in four months": none now, and the history with it
        assertEquals(said.startsWith("I haven't"), finding.summary().contains("history of self-harm"), finding.summary());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I see Tuesday has a five for urges to self-harm.                | self_harm         | endorsed
            You told me last week that you had been cutting again.          | self_harm         | endorsed
            It sounds like you've been having thoughts of suicide.          | suicidal_ideation | endorsed
            You said you haven't had any thoughts of suicide since March.   | suicidal_ideation | denied
            You said your sister has been cutting herself.                  | self_harm         | not_assessed
            Self-harm is something many people use to cope.                 | self_harm         | not_assessed
            If you notice urges to self-harm, call the crisis line.         | self_harm         | not_assessed
            """)
    void what_the_clinician_reflects_back_is_the_clients_and_the_clinicians_own_statements_are_not(String said, String domain,
                                                                                                   String polarity) {
        String input = "Client: It was a hard week.\nTherapist: " + said + "\nClient: Yeah.\n";
        RiskFinding finding = finding(input, domain);
        assertEquals(polarity, finding.polarity(), finding.summary());
    }

    @ParameterizedTest(name = "{0} / {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Has anyone hurt your mother?                                                  | No, never.                              | abuse             | denied
            Does anyone take money from you without permission?                           | Yes. My son uses my card.               | abuse             | endorsed
            Have you ever worried you might hurt her when you're that tired?              | I would never hurt her.                 | abuse             | denied
            Have you had thoughts of ending your life?                                    | Sometimes I think about what happens to him. But no, I don't want to die. | suicidal_ideation | denied
            Have you had thoughts of ending your life?                                    | Yeah. But no, I'd never do it.          | suicidal_ideation | endorsed
            Any thoughts that life isn't worth living, or of hurting yourself?             | Sometimes I think it would be easier to just disappear for a while. Not like dying. More like not having to be seen. | suicidal_ideation | denied
            Any thoughts that life isn't worth living, or of hurting yourself?             | Sometimes I think it would be easier to just disappear for a while. Not like dying. More like not having to be seen. | self_harm | denied
            Do you ever wish you were dead?                                               | Sometimes I wish I could sleep for a month. I don't mean dying. | suicidal_ideation | denied
            Have you done anything to hurt your skin on purpose, beyond the picking?      | No. Just the picking.                   | self_harm         | denied
            Have you done anything to hurt your skin on purpose, beyond the picking?      | Once. I burned my wrist with a lighter. | self_harm         | endorsed
            Do you ever wish you were dead?                                               | Sometimes. Not that I want to kill myself, I just want it to stop. | suicidal_ideation | endorsed
            Do you ever wish you were dead?                                               | Sometimes I think about it. Not like I want to die, I just want a break. | suicidal_ideation | denied
            Have you had thoughts of ending your life?                                    | Sometimes.                              | suicidal_ideation | endorsed
            Any thoughts of suicide?                                                       | I mean, I think about it. I wouldn't do it though. | suicidal_ideation | endorsed
            Do you ever think about killing yourself?                                      | Not really. Well, sometimes at night.   | suicidal_ideation | endorsed
            Are you having any thoughts of killing yourself right now?                     | Right now? No. Last night, yeah.        | suicidal_ideation | endorsed
            And anybody you're worried about hurting, or anyone threatening you?         | No. Marcus isn't like that, he's just a user. | homicidal_ideation | denied
            Has anyone hurt you or touched you in a way that didn't feel okay?          | No. Daddy never hurt me. Just Mommy.    | abuse              | endorsed
            Has anyone hurt you or touched you in a way that didn't feel okay?          | No. Nobody.                             | abuse              | denied
            Do you ever think about killing yourself?                                      | Not really. I just feel tired.          | suicidal_ideation | denied
            Has anyone ever touched you in a way that made you uncomfortable?             | Yeah. My stepdad. When I was little.    | abuse             | endorsed
            Have you had any thoughts of actually hurting your supervisor, or anyone else? | No. I mean, in the moment I wanted to punch him, sure. But I'm not going to do anything. | homicidal_ideation | denied
            Has it ever gotten physical with your wife or the kids?                       | Never. I've never touched them.         | abuse             | denied
            Do you ever feel sad or hopeless, or like you don't want to be alive?         | No, no. I'm not sad. I have my grandkids. | suicidal_ideation | denied
            When you say it should have been you, do you mean you wish you had died?      | Sometimes, yeah. Not that I'd do anything. | suicidal_ideation | endorsed
            Do you ever wish you had died in the crash?                                   | No. I'm grateful I made it.             | suicidal_ideation | denied
            Have you had any thoughts that life isn't worth living?                       | Some days, honestly.                    | suicidal_ideation | endorsed
            Any thoughts of not wanting to be around anymore?                             | Not this week.                          | suicidal_ideation | denied
            Do you ever feel like you'd be better off not waking up?                      | Sometimes when it's bad, yeah.          | suicidal_ideation | endorsed
            Does anyone at home ever hit you or hurt you?                                 | My stepdad smacks me sometimes when he's drunk. | abuse     | endorsed
            Have you had urges to cut?                                                    | Yeah, Tuesday. I didn't though.         | self_harm         | endorsed
            Does your partner ever scare you?                                             | Sometimes. He punched a hole in the door last week. | abuse | endorsed
            """)
    void an_answer_to_a_screening_question_keeps_its_polarity(String asked, String answered, String domain, String polarity) {
        String input = "Therapist: " + asked + "\nClient: " + answered + "\nTherapist: Thank you for telling me.\n";
        RiskFinding finding = finding(input, domain);
        assertEquals(polarity, finding.polarity(), finding.summary());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            I wanted to disappear into the floor.            | suicidal_ideation | not_assessed
            I was dying of embarrassment.                    | suicidal_ideation | not_assessed
            I wanted to die of embarrassment.                | suicidal_ideation | not_assessed
            Some nights I think it wouldn't be so bad if I didn't wake up. | suicidal_ideation | endorsed
            It would be easier if I just didn't wake up.     | suicidal_ideation | endorsed
            Sometimes I just want to disappear.              | suicidal_ideation | endorsed
            I just want to disappear into my office.         | suicidal_ideation | not_assessed
            I basically overdosed on coffee before the exam, my hands were shaking. | suicidal_ideation | not_assessed
            I was so mad at my brother I could have strangled him. But we talked it out. | abuse | not_assessed
            He strangled me last month and I thought I would die. | abuse             | endorsed
            My husband took the night feeds. I could kill him for snoring though. | homicidal_ideation | not_assessed
            I could kill him if he touches my kids again.    | homicidal_ideation | endorsed
            You know. Ending it.                             | suicidal_ideation | unclear
            He grabbed my arm once. It left a bruise.        | abuse             | endorsed
            Last week he threw a plate at my mom.            | abuse             | endorsed
            She threw the ball at me and I caught it.        | abuse             | not_assessed
            I have been thinking about ending it with Mark.  | suicidal_ideation | not_assessed
            Some nights on the highway I did not care if I crashed. | suicidal_ideation | endorsed
                        I relapsed with the razor last night.                  | self_harm          | endorsed
            I keep thinking everyone would be happier if I was gone. | suicidal_ideation | endorsed
            I took my whole bottle of Xanax last month and woke up in the hospital. | suicidal_ideation | endorsed
            I took 2 Xanax as prescribed before the flight.        | suicidal_ideation  | not_assessed
            My ex keeps showing up at my work and texting me that I'll regret leaving him. | abuse | endorsed
            My dad hits my mom when he's drunk and I hide in my room. | abuse             | endorsed
            My dad beat my brother at chess again.                 | abuse              | not_assessed
            I looked at the bridge on my way home and thought about jumping. | suicidal_ideation | endorsed
            We went to the lake and thought about jumping in, but it was too cold. | suicidal_ideation | not_assessed
            He forces me to have sex when I don't want to.         | abuse              | endorsed
            I had nightmares about the night he threw the chair through the window. | abuse | endorsed
            My son broke the window playing ball in the yard.      | abuse              | not_assessed
            I didn't answer, and I sent the screenshots to my lawyer for the protective order. | abuse | endorsed
            I haven't told anyone, and I think about killing myself every day. | suicidal_ideation | endorsed
            He said if I leave he'll kill me.                      | abuse              | endorsed
            He told me he'd kill me if I ever tell anyone.         | abuse              | endorsed
            My mom said she'll kill me if I fail math again.       | abuse              | not_assessed
            I've thought about just not being here anymore.        | suicidal_ideation  | endorsed
            I keep a stash of pills in my nightstand just in case. | suicidal_ideation  | unclear
            I keep a stash of snacks in my desk just in case.      | suicidal_ideation  | not_assessed
            I've been giving away my things to my cousins.         | suicidal_ideation  | unclear
            I'm giving away things I don't need before the move.   | suicidal_ideation  | not_assessed
            I thought about driving into a pole on the way home.   | suicidal_ideation  | endorsed
            I wanted to die when I tripped on stage.               | suicidal_ideation  | not_assessed
            I cut my hand chopping onions.                         | self_harm          | not_assessed
            I hit my head on the cabinet.                          | self_harm          | not_assessed
            When I get like that I bang my head against the wall.  | self_harm          | endorsed
            When I got home I punched the wall in the garage.      | abuse              | endorsed
            I hit the wall at mile twenty and walked the rest.     | abuse              | not_assessed
            I bought a punching bag for the garage.                | abuse              | not_assessed
            I'd rather die than go back to that office.            | suicidal_ideation  | not_assessed
            Honestly I'd rather die than give another presentation like that. | suicidal_ideation | not_assessed
            Some days I'd rather be dead than keep feeling like this. | suicidal_ideation | endorsed
            I would rather be dead than go back to him.            | suicidal_ideation  | endorsed
            I took a bunch of my mom's sleeping pills last month but I woke up the next day. | suicidal_ideation | endorsed
            I want to hurt the guy who did this to my sister.      | homicidal_ideation | endorsed
            Nobody would care if I was gone.                       | suicidal_ideation  | unclear
            I wrote letters to my kids, just in case.              | suicidal_ideation  | unclear
            I looked up how many Tylenol it would take.            | suicidal_ideation  | unclear
            How many hours it would take to drive there, I looked it up. | suicidal_ideation | not_assessed
            When my ex shows up I'm scared he'll hurt me.          | abuse              | endorsed
            My boyfriend won't let me see my friends anymore.      | abuse              | endorsed
            My mom won't let me see my friends on school nights.   | abuse              | not_assessed
            Last night I held the knife to my wrist but I didn't do it. | suicidal_ideation | endorsed
            I held the knife to cut the onions.                    | suicidal_ideation  | not_assessed
            I won't be around much longer.                         | suicidal_ideation  | unclear
            I drove really fast on the highway hoping something would happen. | suicidal_ideation | unclear
            If he comes near my kids again I'll kill him.          | homicidal_ideation | endorsed
            I keep picturing myself jumping off the parking garage. | suicidal_ideation | endorsed
            I can see myself jumping in the pool this summer.      | suicidal_ideation  | not_assessed
            My ex has been following me and showing up at my job.  | abuse              | endorsed
            My dog keeps following me around the house.            | abuse              | not_assessed
            Last night I took like ten of my Klonopin to knock myself out. | suicidal_ideation | unclear
            I took two of my Klonopin to sleep on the flight.      | suicidal_ideation  | not_assessed
            I want to hurt him.                                    | homicidal_ideation | endorsed
            Sometimes I want to crash my car.                      | suicidal_ideation  | endorsed
            I want to crash on the couch all weekend.              | suicidal_ideation  | not_assessed
            I keep thinking I should just end it.                  | suicidal_ideation  | unclear
            I should just end it with him, honestly.               | suicidal_ideation  | not_assessed
            If he shows up at the house I'm going to shoot him.    | homicidal_ideation | endorsed
            If my roommate eats my food again I'll kill him.       | homicidal_ideation | not_assessed
            I want to stab him.                                    | homicidal_ideation | endorsed
            I want to shoot him a text about the game.             | homicidal_ideation | not_assessed
            I was going to shoot my friend a message about it.     | homicidal_ideation | not_assessed
            My girlfriend threatened to kill herself if I leave her. | abuse            | endorsed
            My sister threatened to kill herself last year.        | abuse              | not_assessed
""")
    void figures_of_speech_are_no_finding_and_the_plain_words_are(String said, String domain, String polarity) {
        RiskFinding finding = finding(clientSaid(said), domain);
        assertEquals(polarity, finding.polarity(), finding.summary());
    }

    @Test
    void an_overdose_of_pills_in_the_past_is_a_history_of_an_attempt_but_too_much_coffee_is_nothing() {
        RiskFinding pills = finding(clientSaid("I overdosed on my sleeping pills last year, on purpose."), "suicidal_ideation");
        assertTrue(pills.summary().contains("history of a suicide attempt"), pills.summary());
        RiskFinding coffee = finding(clientSaid("I basically overdosed on coffee before the exam."), "suicidal_ideation");
        assertEquals("not_assessed", coffee.polarity(), coffee.summary());
        assertFalse(coffee.summary().contains("attempt"), coffee.summary());
    }

    @Test
    void thoughts_that_life_is_not_worth_living_with_no_intent_are_ideation_without_intent() {
        RiskFinding si = finding("""
                Therapist: Do you ever feel like life isn't worth living?
                Client: Sometimes, yeah, but I'd never do anything.
                Therapist: Thank you for telling me. How did you sleep this week?
                Client: Badly, about five hours a night.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("intent denied"), si.summary());
    }

    @Test
    void a_question_about_hurting_other_people_is_a_homicide_screen() {
        RiskFinding hi = finding("""
                Therapist: Any thoughts of hurting other people?
                Client: No way.
                Therapist: Thank you for telling me. How did you sleep this week?
                Client: Badly, about five hours a night.
                """, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
    }

    @Test
    void a_method_and_a_time_said_as_meant_are_a_plan_and_intent() {
        RiskFinding si = finding("""
                Therapist: Are you thinking about killing yourself right now?
                Client: Yes. I have the pills saved up and I was going to take them tonight.
                Therapist: Thank you for telling me. How did you sleep this week?
                Client: Badly, about five hours a night.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("plan endorsed") && si.summary().contains("intent endorsed"), si.summary());
        assertTrue(si.summary().contains("stockpiled medication reported"), si.summary());
    }

    @Test
    void a_question_pointing_back_at_a_normalising_statement_screens_what_it_names() {
        RiskFinding si = finding("""
                Therapist: Sometimes people going through this much think about suicide. Has that crossed your mind?
                Client: It has crossed my mind, yeah. Mostly at night. I don't think I would act on it.
                Therapist: Thank you for telling me. How did you sleep this week?
                Client: Badly, about five hours a night.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("intent denied"), si.summary());
        // but a plan asked about after someone else's threats is no screen of the client
        RiskFinding other = finding("""
                Therapist: What you're describing, threats of suicide when you talk about leaving, those are things I take seriously. Can we talk about a plan for if it happens again?
                Client: Yeah. I didn't know what to do on Saturday.
                Therapist: Thank you for telling me. How did you sleep this week?
                Client: Badly, about five hours a night.
                """, "suicidal_ideation");
        assertFalse("endorsed".equals(other.polarity()), other.summary());
    }

    @Test
    void intent_the_client_states_and_a_mobile_crisis_call_are_charted() {
        RiskFinding si = finding("Pt reports SI with plan to overdose on her mother's oxycodone; states intent \"if things don't get "
                + "better.\" Pt contracted for safety; mobile crisis contacted.", "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("plan endorsed; intent endorsed"), si.summary());
        assertTrue(si.summary().contains("crisis resources given"), si.summary());
    }

    @Test
    void a_question_about_hurting_the_baby_is_a_screen_and_intrusive_fears_with_a_never_are_a_denial() {
        RiskFinding hi = finding("""
                Therapist: Have you had any thoughts of hurting your baby?
                Client: No, never. Sometimes I have these scary thoughts that she'll get hurt, but I would never hurt her.
                Therapist: Thank you for telling me. How did you sleep this week?
                Client: Badly, about five hours a night.
                """, "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
    }

    @Test
    void self_harm_history_written_after_its_name_with_none_current_is_a_denial_with_its_history() {
        RiskFinding harm = finding("S/HI denied. Self-harm hx in adolescence, none current.", "self_harm");
        assertEquals("denied", harm.polarity(), harm.summary());
        assertTrue(harm.summary().contains("history of self-harm"), harm.summary());
    }

    @Test
    void a_locked_firearm_is_not_a_means_restriction_agreed_but_a_key_handed_over_is() {
        RiskFinding locked = finding("Risk: +SI passive, -HI. Firearm in home (husband's), locked; pt does not have the key.",
                "suicidal_ideation");
        assertTrue(locked.summary().contains("firearms reported locked away"), locked.summary());
        assertFalse(locked.summary().contains("means restriction agreed"), locked.summary());
        RiskFinding handed = finding("Endorses passive SI. Client agreed to give his brother the spare key to the gun safe.",
                "suicidal_ideation");
        assertTrue(handed.summary().contains("means restriction agreed"), handed.summary());
    }

    @Test
    void never_having_acted_on_the_thoughts_is_no_history_of_attempts() {
        RiskFinding si = finding("""
                Therapist: Have you been drinking or using anything to cope?
                Client: A few beers most nights. Sometimes I think everyone would be better off without me, when I'm drinking.
                Therapist: Have you ever acted on those thoughts?
                Client: No. I've never tried anything.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("no history of attempts reported"), si.summary());
    }

    @Test
    void a_minus_before_si_slash_hi_denies_both_and_invents_no_homicidal_ideation() {
        RiskFinding hi = finding("Pt seen for f/u. -SI/HI. Mood improved.", "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        assertEquals("denied", finding("Pt seen for f/u. -SI/HI. Mood improved.", "suicidal_ideation").polarity());
    }

    @Test
    void the_clinicians_minus_and_plus_before_sh_are_self_harm_denied_and_endorsed() {
        RiskFinding none = finding("Pt seen for f/u. -SH since last session. Reports poor sleep.", "self_harm");
        assertEquals("denied", none.polarity(), none.summary());
        RiskFinding urges = finding("Pt seen for f/u. +SH urges x2 this week, did not act on them.", "self_harm");
        assertEquals("endorsed", urges.polarity(), urges.summary());
        assertTrue(urges.summary().contains("urges not acted on"), urges.summary());
        RiskFinding last = finding("Pt seen for f/u. Last SH 2 months ago. Sleep is better.", "self_harm");
        assertTrue(last.summary().contains("history of self-harm"), last.summary());
    }

    @Test
    void not_wanting_to_be_here_at_this_company_is_no_death_wish_but_not_wanting_to_be_here_anymore_is() {
        RiskFinding job = finding("""
                Therapist: How are things at work?
                Client: Honestly I don't want to be here anymore, I mean at this company. I'm going to start applying elsewhere.
                Therapist: What kind of roles are you looking at?
                Client: Something smaller, maybe a nonprofit.
                """, "suicidal_ideation");
        assertEquals("not_assessed", job.polarity(), job.summary());
        RiskFinding wish = finding("""
                Therapist: How have you been feeling?
                Client: Tired. Some days I just don't want to be here anymore.
                Therapist: Tell me more about those days.
                Client: I stay in bed and don't answer my phone.
                """, "suicidal_ideation");
        assertEquals("endorsed", wish.polarity(), wish.summary());
    }

    @Test
    void wanting_to_strangle_someone_is_a_wish_said_in_anger_not_violence_suffered() {
        RiskFinding abuse = finding("""
                Therapist: What happened with your brother?
                Client: He makes me so mad I want to strangle him, but obviously I wouldn't.
                Therapist: What did you do with that anger?
                Client: I went for a run.
                """, "abuse");
        assertEquals("not_assessed", abuse.polarity(), abuse.summary());
        assertEquals("endorsed", finding("Client reports her husband grabbed her and pushed her into the wall last night.", "abuse")
                .polarity());
    }

    @ParameterizedTest(name = "{0} → no {1}")
    @CsvSource(delimiter = '|', textBlock = """
            An old friend hit me up on Instagram and we got coffee.          | abuse
            My dad grabbed me a coffee on the way and we talked for once.    | abuse
            My boss keeps pushing me hard on deadlines, but it's manageable. | abuse
            I was so embarrassed I wanted to disappear.                      | suicidal_ideation
            I don't want to be here, in this town. I miss the city.          | suicidal_ideation
            I'm killing myself at the gym every morning, but I feel stronger. | suicidal_ideation
            """)
    void everyday_figures_of_speech_are_no_risk(String answer, String domain) {
        RiskFinding finding = finding("Therapist: How was your week?\nClient: " + answer
                + "\nTherapist: What else happened?\nClient: Not much, I mostly stayed home and read.\n", domain);
        assertEquals("not_assessed", finding.polarity(), finding.summary());
    }

    @Test
    void a_reflection_the_client_says_meant_something_else_is_no_death_wish() {
        RiskFinding si = finding("""
                Therapist: You said something last week about not wanting to be here anymore. I want to make sure I understand.
                Client: Oh, I meant the hospital. I don't want to be at that hospital anymore.
                Therapist: Have you had any thoughts of suicide or of ending your life, even fleetingly?
                Client: No. I have my kids. I would never do that to them.
                """, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        RiskFinding meant = finding("""
                Therapist: You said something last week about not wanting to be here anymore. I want to make sure I understand.
                Client: I meant it. Some nights I wish I wouldn't wake up.
                Therapist: Thank you for telling me. When did that start?
                Client: A few weeks ago.
                """, "suicidal_ideation");
        assertEquals("endorsed", meant.polarity(), meant.summary());
    }

    @Test
    void been_hit_or_hurt_by_a_partner_is_an_abuse_screen_and_its_yes_is_surfaced() {
        RiskFinding abuse = finding("""
                Therapist: Have you ever been hit or hurt by a partner?
                Client: Yes, my ex, years ago. Not now.
                Therapist: Thank you for telling me.
                Client: It's okay.
                """, "abuse");
        assertFalse(abuse.polarity().equals("not_assessed") || abuse.polarity().equals("denied"), abuse.summary());
        assertTrue(abuse.summary().contains("years ago"), abuse.summary());
    }

    @Test
    void a_history_of_self_harm_denied_is_no_history() {
        RiskFinding finding = finding("Pt reports low mood. Denies hx of self-harm.", "self_harm");
        // it had read "current state not addressed; history of self-harm"
        assertEquals("Self-harm: denied (“Denies hx of self-harm.”).", finding.summary());
        // a history of attempts denied says nothing of ideation now
        assertEquals("not_assessed", finding("Pt reports low mood. Denies hx of suicide attempts.", "suicidal_ideation").polarity());
    }

    @Test
    void a_relative_who_answers_a_screening_question_is_named_as_the_one_who_answered() {
        RiskFinding finding = finding("Clinician: How are things at home?\nClient: Fine.\nClinician: Has anyone been taking money from you or "
                + "making you sign things?\nDaughter: No. I handle the bills now, with his permission.\nClient: She's a good girl.", "abuse");
        assertEquals("denied", finding.polarity(), finding.summary());
        // it read "client answered"
        assertTrue(finding.summary().contains("client's daughter answered “No. I handle the bills now"), finding.summary());
    }

    @Test
    void a_notes_self_harm_label_with_its_last_time_months_ago_and_no_current_urges_is_history_denied_now() {
        RiskFinding sh = finding("Risk: SI denied. HI denied. NSSI: last cut 6 months ago. No current urges.", "self_harm");
        assertEquals("denied", sh.polarity(), sh.summary());
        assertTrue(sh.summary().contains("history of self-harm"), sh.summary());
        // (the "SI" inside "NSSI" had made it a history of suicidal ideation)
        RiskFinding si = finding("Risk: SI denied. HI denied. NSSI: last cut 6 months ago. No current urges.", "suicidal_ideation");
        assertFalse(si.summary().contains("history of suicidal ideation"), si.summary());
    }

    @Test
    void firearms_at_home_the_client_declined_to_remove_are_charted_beside_a_denial() {
        RiskFinding si = finding("Client reports hx of 2 suicide attempts (OD 2019, 2021). Currently denies SI. Has firearms at home, "
                + "declined to remove them.", "suicidal_ideation");
        assertEquals("denied", si.polarity());
        for (String qualifier : List.of("history of a suicide attempt", "access to firearms reported",
                "removal of firearms or other means declined")) {
            assertTrue(si.summary().contains(qualifier), qualifier + " in " + si.summary());
        }
    }

    @Test
    void an_urge_not_acted_on_and_a_wish_to_hurt_someone_the_client_would_not_act_on_are_qualified_so() {
        assertTrue(finding("""
                Therapist: How was your week?
                Client: Hard. Work was a lot.
                Therapist: Have you had urges to cut?
                Client: Yeah, Tuesday. I didn't though.
                """, "self_harm").summary().contains("urges not acted on"));
        RiskFinding hi = finding("""
                Therapist: How was your week?
                Client: Hard. Work was a lot.
                Therapist: Any thoughts of harming anyone else?
                Client: Sometimes I think about hurting my ex. I wouldn't, but I think about it.
                """, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity());
        assertTrue(hi.summary().contains("intent denied"), hi.summary());
    }

    @Test
    void a_wish_to_have_died_with_the_one_who_did_is_a_passive_wish_without_intent() {
        RiskFinding finding = finding("""
                Therapist: How's your sleep?
                Client: Bad. I keep seeing the accident. My coworker died in it. I keep thinking it should have been me.
                Therapist: When you say it should have been you, do you mean you wish you had died?
                Client: Sometimes, yeah. Not that I'd do anything.
                """, "suicidal_ideation");
        assertEquals("endorsed", finding.polarity());
        assertTrue(finding.summary().contains("passive (a wish to be dead or not to wake up)"), finding.summary());
        assertTrue(finding.summary().contains("intent denied"), finding.summary());
    }

    @Test
    void thoughts_of_the_week_denied_in_the_session_are_endorsed_and_denied_currently() {
        RiskFinding finding = finding("""
                Therapist: Have you had any thoughts of killing yourself or of not wanting to be here since Saturday?
                Client: Sunday was dark. I had the thought that everybody would be better off, but it passed. I don't have a plan.
                Therapist: Are you having those thoughts now?
                Client: No, not now.
                """, "suicidal_ideation");
        assertEquals("endorsed", finding.polarity());
        assertTrue(finding.summary().contains("denied currently"), finding.summary());
        // a screen denied throughout says so once
        RiskFinding denied = finding("""
                Therapist: Any thoughts of suicide this week?
                Client: No.
                Therapist: And are you having any thoughts like that right now?
                Client: No.
                """, "suicidal_ideation");
        assertEquals("denied", denied.polarity());
        assertFalse(denied.summary().contains("denied currently"), denied.summary());
    }

    @Test
    void a_hedged_no_to_intent_a_rifle_handed_over_and_someone_the_client_would_not_hurt_so_qualify_the_finding() {
        RiskFinding finding = finding("""
                Therapist: Have you been having any thoughts of killing yourself?
                Client: I've thought about it. Mostly at night.
                Therapist: Have you thought about how you would do it?
                Client: I've got my deer rifle in the closet.
                Therapist: Have you done anything to get ready, like taking it out or loading it?
                Client: No. I haven't touched it.
                Therapist: Do you think you would act on these thoughts?
                Client: I don't think so. My granddaughter is getting married in June. I couldn't do that to her.
                Therapist: Would you be willing to let your son keep it at his house for a while?
                Client: He's been asking to borrow it for hunting season anyway. I could give it to him this weekend.
                """, "suicidal_ideation");
        assertEquals("endorsed", finding.polarity());
        for (String qualifier : List.of("intent denied", "no preparatory behaviour reported", "means restriction agreed",
                "protective factors named", "access to firearms reported")) {
            assertTrue(finding.summary().contains(qualifier), qualifier + " in " + finding.summary());
        }
        // "keep it at his house" with nothing named before it to keep is no means restriction
        assertFalse(finding("""
                Therapist: Have you had thoughts of killing yourself?
                Client: Yes, some nights.
                Therapist: And the puppy is still too much for you?
                Client: Way too much.
                Therapist: Would your sister keep it at her house for a while?
                Client: Yes, she offered.
                """, "suicidal_ideation").summary().contains("means restriction"));
    }

    @Test
    void a_couples_screening_question_is_answered_by_each_partner() {
        String input = """
                Therapist: Has either of you had any thoughts of hurting yourself, or of not wanting to be alive, lately?
                Daniel: No.
                Maya: Sometimes, yeah. Some nights I think everyone would be better off without me.
                Therapist: I ask every couple this next question. When arguments get heated, has there ever been any pushing, grabbing, throwing things, or anyone feeling afraid of the other?
                Maya: No, never.
                Daniel: No. The worst it gets is yelling.
                """;
        RiskFinding si = finding(input, "suicidal_ideation");
        // the second answer is the one that endorses (only the first had been read)
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("answered \u201CNo.\u201D") && si.summary().contains("Some nights I think everyone would be better off"),
                si.summary());
        RiskFinding abuse = finding(input, "abuse");
        // "has there ever been any pushing, grabbing ...": a screening question (it had been no question, and the answers nothing)
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("\u201CNo, never.\u201D") && abuse.summary().contains("\u201CNo. The worst it gets is yelling.\u201D"),
                abuse.summary());
    }

    @Test
    void someone_who_joined_under_their_own_name_speaks_of_the_client_as_a_relative_does() {
        String input = """
                Therapist: How has the week been?
                Client: Hard. I stopped going to choir.
                Therapist: Luis, what have you noticed at home?
                Luis: She doesn't laugh anymore. Last week she told me she wants to kill herself.
                Client: I didn't mean it like that.
                Luis: It scared me. I just didn't know what to say to her.
                """;
        // ("she wants to kill herself" in Luis's words had been someone else's risk, as in the client's own words)
        RiskFinding si = finding(input, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("she wants to kill herself"), si.summary());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I thought about driving into the bridge when I found out. I haven't thought it since.   | denied   | history of suicidal ideation
            Back then I thought about driving into the bridge. I haven't thought it since.          | denied   | history of suicidal ideation
            I thought about driving into the bridge last week. I haven't thought it since.          | endorsed |
            I thought about driving into the bridge when I found out. I still think about it.       | endorsed |
            """)
    void a_thought_of_a_past_episode_not_had_since_is_a_history(String said, String polarity, String qualifier) {
        RiskFinding si = finding(OPENING + "Client: " + said + "\n", "suicidal_ideation");
        assertEquals(polarity, si.polarity(), si.summary());
        if (qualifier != null) {
            assertTrue(si.summary().contains(qualifier), si.summary());
        }
    }

    @Test
    void a_death_wish_always_there_answers_yes_and_not_wanting_to_die_denies_intent_unless_the_urge_is_strong() {
        RiskFinding chronic = finding(OPENING + """
                Therapist: Were you thinking about killing yourself?
                Client: It's always kind of there in the background, you know that. On Saturday it was louder.
                Therapist: Did you make any plan?
                Client: No. No plan. I don't want to die, I want the feeling to stop.
                """, "suicidal_ideation");
        assertEquals("endorsed", chronic.polarity(), chronic.summary());
        assertTrue(chronic.summary().contains("intent denied"), chronic.summary());
        RiskFinding strong = finding(OPENING + """
                Therapist: Are you having thoughts of killing yourself?
                Client: Yes. Since last night.
                Therapist: On a scale from zero to ten, how strong is the urge to act on these thoughts right now?
                Client: Maybe a seven. I don't want to die exactly, I just want this to stop.
                """, "suicidal_ideation");
        assertFalse(strong.summary().contains("intent denied"), strong.summary());
    }

    @Test
    void a_wish_to_die_together_with_the_baby_on_a_condition_is_still_the_clients() {
        String input = OPENING + "Client: If she can't be fixed then maybe we should both go to God together.\n";
        assertEquals("endorsed", finding(input, "suicidal_ideation").polarity(), finding(input, "suicidal_ideation").summary());
        assertEquals("endorsed", finding(input, "homicidal_ideation").polarity(), finding(input, "homicidal_ideation").summary());
    }

    @Test
    void in_a_joint_session_not_me_answers_the_question_put_to_both() {
        String input = """
                Dr. Okafor: And individually, has either of you had thoughts of hurting yourself, or of not wanting to be alive?
                Dana: When I found out, I thought about driving into the bridge. I haven't thought it since.
                Dr. Okafor: If that comes back, I want you to tell me or call 988. Is that okay?
                Dana: Yes.
                Marcus: No, not me.
                """;
        InputReader.Parsed parsed = READER.read(input, false);
        InputReader.Unit marcus = parsed.units().stream().filter(u -> "Marcus".equals(u.speaker())).findFirst().orElseThrow();
        assertTrue(marcus.question().contains("has either of you had thoughts of hurting yourself"), marcus.question());
        RiskFinding si = finding(input, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        // the past episode the answer names is a history of suicidal ideation, not of self-harm
        RiskFinding selfHarm = finding(input, "self_harm");
        assertFalse(selfHarm.summary().contains("history of self-harm"), selfHarm.summary());
    }

    @Test
    void a_report_called_in_is_made_and_the_hotline_called_is_no_crisis_resource_given() {
        RiskFinding abuse = finding(OPENING + """
                Client: He kicked me and I took off my belt and hit him with it.
                Therapist: I have to make a report to child protective services. I'd like to make that call together with you.

                Clinician notes: CPS hotline called with the client present at 3:40 pm; report taken by the intake worker.
                """, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("mandated report made"), abuse.summary());
        assertFalse(abuse.summary().contains("mandated report to be made"), abuse.summary());
        assertFalse(abuse.summary().contains("crisis resources given"), abuse.summary());
        RiskFinding given = finding(OPENING + """
                Client: My son has been taking money out of my account without asking.
                Therapist: Here is the elder abuse hotline number, in case you need it.
                """, "abuse");
        assertTrue(given.summary().contains("crisis resources given"), given.summary());
    }

    @Test
    void a_voice_that_tells_the_client_to_walk_in_front_of_a_bus_is_a_command_hallucination() {
        // the voices named before the question, the command said as "he kept saying I should" (not "the voices tell me to")
        RiskFinding si = finding(OPENING + """
                Therapist: And the voices, what have they been like?
                Client: Louder. There's the man's voice again, the one that talks about me.
                Therapist: Does he ever tell you to do things?
                Client: Yeah. On Sunday he kept saying I should walk in front of the bus.
                Therapist: Do you feel like you have to do what the voice says?
                Client: No. I know it's the illness. I don't want to die.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("command hallucinations to harm self reported"), si.summary());
        // (a mother saying what one should do is no voice)
        RiskFinding told = finding(OPENING + """
                Client: My mom kept saying I should just get over it. Sometimes I wish I wasn't here.
                """, "suicidal_ideation");
        assertFalse(told.summary().contains("command hallucinations"), told.summary());
    }

    @Test
    void an_overdose_told_with_its_year_first_is_a_history_of_a_suicide_attempt() {
        // it read "endorsed" with no history, the Ambien not being pills by name
        RiskFinding si = finding(OPENING + """
                Therapist: Have you ever had thoughts of ending your life?
                Client: In 2019 I took a bunch of my Ambien with vodka. My husband found me and I was in the ICU for two days.
                Therapist: What about now, any thoughts of suicide in the past month?
                Client: Sometimes I think my kids would be better off without me. But I'd never do that to them.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("history of a suicide attempt"), si.summary());
        assertTrue(si.summary().contains("passive"), si.summary());
        RiskFinding lastWeek = finding(OPENING + """
                Client: Last Tuesday I took a bunch of my Ambien. I wanted it to be over.
                """, "suicidal_ideation");
        assertTrue(lastWeek.summary().contains("suicide attempt reported (overdose)"), lastWeek.summary());
    }

    @Test
    void an_assault_said_to_be_sexual_in_a_word_of_its_own_is_sexual_violence() {
        RiskFinding abuse = finding(OPENING + """
                Client: Something happened to me at Fort Hood in 2014. Someone in my unit, a staff sergeant, he assaulted me. Sexually. In the motor pool after hours.
                """, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("sexual violence reported"), abuse.summary());
        assertTrue(abuse.summary().contains("he assaulted me. Sexually."), abuse.summary());
    }

    @Test
    void a_handgun_to_be_stored_with_a_relative_is_a_means_restriction_agreed() {
        RiskFinding si = finding(OPENING + """
                Client: Sometimes I think my kids would be better off without me.
                Therapist: Are there any firearms in your home?
                Client: My husband has a handgun. It's in a lockbox in the closet. I know the combination.
                Therapist: Would you be willing to have the handgun stored somewhere else for now, like with a family member?
                Client: I think so. His brother could keep it.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("means restriction agreed"), si.summary());
        assertTrue(si.summary().contains("access to firearms reported"), si.summary());
    }

    @Test
    void a_fifteen_year_old_told_to_be_nice_to_men_to_pay_the_rent_is_sexual_exploitation() {
        RiskFinding abuse = finding(OPENING + """
                Client: He has friends who come over, and he says if I'm nice to them it helps pay the rent.
                Therapist: Have you used anything, alcohol or drugs, at his place?
                Client: They give me pills sometimes. I don't know what they are.
                Therapist: Have you had any thoughts of killing yourself?
                Client: No.
                """, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertTrue(abuse.summary().contains("sexual exploitation or trafficking reported"), abuse.summary());
        // pills given to the client are no means restricted
        RiskFinding si = finding(OPENING + """
                Client: Sometimes I wish I wasn't here.
                Therapist: Have you used anything at his place?
                Client: They give me pills sometimes. I don't know what they are.
                """, "suicidal_ideation");
        assertFalse(si.summary().contains("means restriction agreed"), si.summary());
        // a hotline's name is no report of trafficking
        RiskFinding hotline = finding(OPENING + """
                Client: Things are okay at home. School is stressful.

                Clinician notes: Client given the National Human Trafficking Hotline number as part of the school's health class resources.
                """, "abuse");
        assertNotEquals("endorsed", hotline.polarity(), hotline.summary());
    }

    @Test
    void the_samaritans_and_999_are_crisis_resources_and_999_called_is_not() {
        RiskFinding given = finding(OPENING + """
                Client: Some nights I think I'd rather not wake up.
                Therapist: If you ever feel you might act on those thoughts, call me, the Samaritans on 116 123, or 999.
                """, "suicidal_ideation");
        assertTrue(given.summary().contains("crisis resources given"), given.summary());
        RiskFinding called = finding(OPENING + """
                Client: Some nights I think I'd rather not wake up.
                Therapist: How did the week go otherwise?
                Client: My neighbour rang 999 when I fell in the kitchen.
                """, "suicidal_ideation");
        assertFalse(called.summary().contains("crisis resources given"), called.summary());
    }

    @Test
    void prior_attempts_denied_at_the_end_of_a_list_are_no_history_of_an_attempt() {
        // it read "history of a suicide attempt"
        RiskFinding si = finding("""
                PHQ-9 = 19 (item 9 = 1). On follow-up of item 9, pt states "sometimes I think it would be easier not to be here."                 Denies plan, intent, or prior attempts. No firearms.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertFalse(si.summary().contains("history of a suicide attempt"), si.summary());
        assertTrue(finding("Pt reports prior attempts x2 by overdose.", "suicidal_ideation").summary().contains("history of a suicide attempt"));
    }

    @Test
    void feeling_a_burden_then_asked_and_denied_is_suicidal_ideation_denied_with_the_burden_named() {
        // it read "unclear, needs clinical follow-up"
        RiskFinding si = finding(OPENING + """
                Client: Low. I cry in the car. I feel like a burden on my mom.
                Therapist: When you feel like a burden, do you ever have thoughts of not wanting to be alive, or of hurting yourself?
                Client: No. Never. I have two little girls. I just want my life back.
                """, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("hopelessness or feeling a burden reported"), si.summary());
        // (said after the denial, it is not settled by it)
        RiskFinding after = finding(OPENING + """
                Therapist: Do you ever have thoughts of not wanting to be alive?
                Client: No.
                Therapist: How is your mood?
                Client: Low. I feel like a burden on my mom.
                """, "suicidal_ideation");
        assertEquals("unclear", after.polarity(), after.summary());
    }

    @Test
    void a_partner_who_used_to_shove_the_client_years_ago_is_a_history_of_violence() {
        RiskFinding abuse = finding(OPENING + """
                Therapist: Is anyone hurting you now, or threatening you?
                Client: Not physically. My ex yells. He used to shove me when we were together, but that was years ago.
                """, "abuse");
        assertTrue(abuse.summary().contains("history of abuse or violence (a past event)"), abuse.summary());
    }

    @Test
    void a_paramedics_calls_are_others_overdoses_and_a_colleague_who_shot_himself_is_an_exposure() {
        // "We had three overdoses on Tuesday alone" read "Suicidal ideation: endorsed"
        RiskFinding si = finding(OPENING + """
                Client: Brutal. We had three overdoses on Tuesday alone, and one of them didn't make it.
                Therapist: Last time you mentioned Chris. How are you doing with that?
                Client: It's been a month. He shot himself in his truck behind the station. I was the one who found him.
                Therapist: Have you had any thoughts of ending your own life?
                Client: No. Honestly, no. I could never do that to my family.
                """, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("exposure to suicide (a relative or friend)"), si.summary());
        // (the client's own overdose still is one)
        assertEquals("endorsed", finding(OPENING + "Client: Last month I overdosed on my sleeping pills because I wanted it all to stop.\n",
                "suicidal_ideation").polarity());
    }

    @Test
    void in_notes_a_self_harm_named_with_another_persons_possessive_is_theirs() {
        RiskFinding selfHarm = finding("Pt denies self-harm. No current risk concerns for pt; friend's self-harm reported to school counselor.",
                "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        // (the client's own, by the client's possessive, stays the client's)
        assertEquals("endorsed", finding("Pt's self-harm has increased this month, cutting 3x/week.", "self_harm").polarity());
    }

    @Test
    void thoughts_owned_to_after_a_doubt_of_the_act_are_endorsed_and_no_attempt_ever_is_no_denial_of_them() {
        RiskFinding si = finding(OPENING + """
                Therapist: When you say the life insurance is worth more than the farm, are you thinking about killing yourself?
                Client: I don't know if I'd do it. But yeah. I've thought about it. More the last couple of weeks.
                Therapist: Have you ever tried to end your life before?
                Client: No. Never.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertTrue(si.summary().contains("no history of attempts reported"), si.summary());
        assertTrue(si.summary().contains("asked about past suicide attempts, client answered “No. Never.”"), si.summary());
        assertFalse(si.summary().contains("history of suicidal ideation"), si.summary());
        // (a doubt alone stays unclear)
        assertEquals("unclear", finding(OPENING + """
                Therapist: Are you thinking about killing yourself?
                Client: I don't know. Maybe.
                """, "suicidal_ideation").polarity());
        // (attempts asked about alone say nothing of the thoughts now)
        assertEquals("not_assessed", finding(OPENING + """
                Therapist: Have you ever tried to end your life before?
                Client: No. Never.
                """, "suicidal_ideation").polarity());
    }

    @Test
    void a_firearm_kept_in_another_household_is_no_access_at_home() {
        RiskFinding si = finding(OPENING + """
                Therapist: Have you had any thoughts of ending your life?
                Client: No.
                Therapist: Are there any guns in the house?
                Mother: No. My husband's hunting rifle is at his brother's. There's nothing in the house.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("no access to firearms or weapons reported"), si.summary());
        assertFalse(si.summary().contains("access to firearms reported"), si.summary());
    }

    @Test
    void a_neighbour_who_called_the_police_that_night_is_no_emergency_call_in_the_session() {
        RiskFinding hi = finding(OPENING + """
                Therapist: Have you had thoughts of hurting the neighbors, or anyone else?
                Client: If they come in my room, I'll defend myself. I keep a bat by the bed.
                Therapist: Have you ever gone over to their place?
                Client: I banged on their door once. The neighbor called the police that night.
                """, "homicidal_ideation");
        assertEquals("unclear", hi.polarity(), hi.summary());
        assertTrue(hi.summary().contains("weapon kept at hand reported"), hi.summary());
        assertFalse(hi.summary().contains("emergency services called"), hi.summary());
    }

    @Test
    void a_question_told_in_a_note_takes_the_polarity_of_the_answer_told_with_it() {
        RiskFinding hi = finding("When asked if he wants to hurt anyone, client said \"No. I want my show.\"", "homicidal_ideation");
        assertEquals("denied", hi.polarity(), hi.summary());
        RiskFinding si = finding("When asked whether she has thoughts of killing herself, client said \"Sometimes, at night.\"",
                "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
    }

    @Test
    void a_firearm_the_question_names_is_the_one_the_answer_calls_it() {
        RiskFinding si = finding(OPENING + """
                Therapist: Are you having thoughts of ending your life?
                Client: Some nights I think about it.
                Therapist: Is the pistol still in the house?
                Client: It's in the safe. I've got the only combination.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("access to firearms reported"), si.summary());
        assertTrue(si.summary().contains("firearms reported locked away"), si.summary());
    }

    @Test
    void a_pistol_someone_is_asked_to_hold_and_driven_over_is_a_means_restriction() {
        RiskFinding si = finding(OPENING + """
                Therapist: Are you having thoughts of ending your life?
                Client: Some nights I think about it.
                Therapist: Would you be willing to have someone hold the pistol for a while?
                Client: My buddy Denny. I could drive it over tomorrow.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("means restriction agreed"), si.summary());
    }

    @Test
    void a_gun_held_to_oneself_in_a_year_gone_by_is_history() {
        RiskFinding si = finding(OPENING + """
                Therapist: Have those thoughts ever gone further?
                Client: Years ago. I had the pistol in my mouth one night in 2009. My wife found me.
                Therapist: And now?
                Client: No. Not now. I want to see my grandkids grow up.
                """, "suicidal_ideation");
        assertTrue(si.summary().contains("history of an aborted or interrupted suicide attempt"), si.summary());
        assertTrue(si.summary().contains("My wife found me."), si.summary());
    }

    @Test
    void a_threat_on_a_condition_quoted_in_notes_is_charted_and_a_threat_ruled_out_is_no_intent() {
        RiskFinding hi = finding("Client stated, \"If I see that guy near my kids again I'll kill him,\" referring to the ex-partner's "
                + "boyfriend. Statement assessed as an expression of anger rather than a threat with intent.", "homicidal_ideation");
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertFalse(hi.summary().contains("intent endorsed"), hi.summary());
        // (the clinician's own conditional is still no finding)
        assertEquals("not_assessed", finding("Writer will consult supervisor if he makes any further threats to kill anyone.",
                "homicidal_ideation").polarity());
    }

    @Test
    void a_risky_phrase_the_client_says_was_not_meant_so_when_asked_is_denied() {
        RiskFinding si = finding(OPENING + """
                Client: Honestly, some days I think everyone would be better off without me.
                Therapist: When you say that, are you having any thoughts of ending your life or hurting yourself?
                Client: No. No, not like that. I'm not suicidal.
                Therapist: Have you ever had thoughts of suicide in the past?
                Client: In college, once, after my grandpa died. Nothing since.
                """, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertTrue(si.summary().contains("history of suicidal ideation"), si.summary());
        // (without the clarification the same phrase is a passive wish)
        RiskFinding passive = finding(OPENING + """
                Client: Honestly, some days I think everyone would be better off without me.
                Therapist: When you say that, are you having any thoughts of ending your life?
                Client: Sometimes. Not a plan or anything.
                """, "suicidal_ideation");
        assertEquals("endorsed", passive.polarity(), passive.summary());
    }

    @Test
    void pills_put_outside_the_door_on_a_crisis_call_are_a_means_restriction_and_a_goodbye_text_a_warning_sign() {
        RiskFinding si = finding("""
                Counselor: Your sister called us. She read me your text. It said, "Take care of Bella for me, I'm sorry for everything." That sounds like a goodbye. Are you thinking about killing yourself tonight?
                Renee: ...Yeah. I am.
                Counselor: Do you have a plan for how?
                Renee: I've got my pills. I counted them out on the table.
                Counselor: Have you been drinking tonight?
                Renee: A bottle of wine. Maybe more.
                Counselor: Okay. Is anyone with you?
                Renee: No. Bella's with her dad this week.
                Counselor: That must be so hard. Have you ever tried to end your life before?
                Renee: Once, when I was nineteen. I took a bunch of Tylenol.
                Counselor: Thank you for telling me. Tell me about this week.
                Renee: He's getting full custody. I lost my job in March. I'm losing everything.
                Counselor: That's an enormous loss. Can you do one thing for me while we talk? Can you take the pills and put them outside your front door?
                Renee: Why?
                Counselor: Because I want you to have some space between you and them while we figure this out.
                Renee: ...Okay. Hang on. Okay. They're outside.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualifiers(si, "plan endorsed", "preparatory behaviour reported", "means restriction agreed");
        assertTrue(si.summary().contains("asked about past suicide attempts, client answered \u201COnce, when I was nineteen."), si.summary());
        // (asked, and refused, it is no restriction)
        RiskFinding refused = finding("""
                Counselor: Are you thinking about killing yourself tonight?
                Renee: Yeah. I am.
                Counselor: Can you take the pills and put them outside your front door?
                Renee: Why?
                Counselor: Because I want you to have some space between you and them while we figure this out.
                Renee: No. I'm not doing that.
                """, "suicidal_ideation");
        assertFalse(refused.summary().contains("means restriction agreed"), refused.summary());
    }

    @Test
    void a_grip_that_bruised_strangulation_by_hand_and_a_threat_tied_to_leaving_are_abuse_not_the_programs_name() {
        RiskFinding abuse = finding("""
                DAP Note - Individual Counseling, Domestic Violence Program
                Client disclosed that on Saturday night her partner "put his hands around my neck and squeezed until I saw spots" during an argument about money. Client reported he has said "if you ever leave, I'll find you." Danger Assessment completed with counselor: score 19 (extreme danger).
                """, "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualifiers(abuse, "strangulation reported", "threats to harm or kill reported", "Danger Assessment: severe or extreme danger");
        assertFalse(abuse.summary().contains("Domestic Violence Program"), abuse.summary());
        assertEquals("not_assessed", finding("Individual Counseling, Domestic Violence Program. Client reports poor sleep and worry about "
                + "her job for two weeks.", "abuse").polarity());
        RiskFinding elder = finding("Client tearfully stated that her son \"grabbed my arm hard\" when she refused to give him her bank card. "
                + "Presentation is consistent with elder abuse: financial exploitation and neglect (restricted access to food) by her son.",
                "abuse");
        assertTrue(elder.summary().contains("grabbed my arm hard"), elder.summary());
        assertQualifiers(elder, "financial exploitation reported", "neglect reported");
        // (a grip that did not hurt is no violence: "my son grabbed my arm" alone names none)
        assertFalse(finding("Client stated that her son grabbed my arm to steady himself on the stairs. Client reports worry about her "
                + "memory.", "abuse").summary().contains("grabbed"));
    }

    @Test
    void a_post_about_not_waking_up_the_thoughts_asked_again_and_a_scratch_in_seventh_grade_are_charted_in_their_time() {
        String session = OPENING + """
                Client: It just said "I'm so tired of everything, I don't want to wake up tomorrow."
                Therapist: Are you still having thoughts of not wanting to wake up?
                Client: Sometimes. At night mostly. Not like I'd do anything.
                Therapist: Have you ever thought about ending your life, or about a way you would do it?
                Client: No. I thought about what it would be like if I wasn't here. But not how.
                Therapist: Have you ever hurt yourself on purpose, like cutting or scratching?
                Client: Once in seventh grade I scratched my arm with a paperclip. Not since then.
                """;
        RiskFinding si = finding(session, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualifiers(si, "passive (a wish to be dead or not to wake up)", "plan denied");
        assertTrue(si.summary().contains("\u201CSometimes. At night mostly."), si.summary());
        RiskFinding selfHarm = finding(session, "self_harm");
        assertEquals("denied", selfHarm.polarity(), selfHarm.summary());
        assertTrue(selfHarm.summary().contains("history of self-harm"), selfHarm.summary());
    }

    @Test
    void kids_named_with_a_denial_are_a_protective_factor() {
        RiskFinding si = finding(OPENING + """
                Therapist: Have you had any thoughts that life isn't worth living, or of killing yourself?
                Client: No. Not that. I've got my kids. I'm not going anywhere.
                """, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualifiers(si, "protective factors named");
    }

    @Test
    void just_the_urge_to_cut_denies_suicide_and_the_coaching_call_charts_the_urge_not_acted_on_and_the_commitment() {
        String call = """
                Therapist: You paged for coaching. What's going on right now?
                Sam: I'm really close to cutting. Like really close. I had a fight with my mom.
                Therapist: Have you hurt yourself tonight at all?
                Sam: No. I have the blade out though. It's on the desk.
                Therapist: And any thoughts of killing yourself, or just the urge to cut?
                Sam: Just cutting. I don't want to die. I want this feeling to stop.
                Therapist: That makes sense. First thing, can you put the blade in the drawer and close it while we talk?
                Sam: ...Okay. It's in the drawer.
                Therapist: Good. Can you commit to not cutting tonight?
                Sam: Yeah. I can commit to tonight.
                """;
        RiskFinding si = finding(call, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        RiskFinding selfHarm = finding(call, "self_harm");
        assertEquals("endorsed", selfHarm.polarity(), selfHarm.summary());
        assertQualifiers(selfHarm, "urges not acted on", "commitment not to act on urges given", "means restriction agreed");
        // (the same "Just cutting." to a question that offers no lesser half is no denial)
        RiskFinding asked = finding("""
                Therapist: Are you having any thoughts of killing yourself?
                Sam: Just cutting. I want this feeling to stop.
                """, "suicidal_ideation");
        assertFalse("denied".equals(asked.polarity()), asked.summary());
    }

    @Test
    void intrusive_worries_about_the_baby_are_not_the_passive_wishs_quality() {
        RiskFinding si = finding("Client described two moments in the past week of thinking \"they'd be better off without me\" while "
                + "feeding the baby; she denied any plan or intent. She described intrusive worries about the baby stopping breathing. "
                + "Assessment: postpartum depression with passive SI without plan or intent. Intrusive thoughts are ego-dystonic and "
                + "consistent with postpartum anxiety.", "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertFalse(si.summary().contains("ego-dystonic"), si.summary());
    }

    @Test
    void thoughts_of_knocking_a_neighbour_out_are_endorsed_with_the_act_denied_and_thoughts_back_in_2020_are_history() {
        String intake = OPENING + """
                Clinician: Have you had any thoughts of hurting yourself or ending your life?
                Veteran: No. I've thought about it after Ramirez died, my buddy, back in 2020. Not seriously. Nothing like that now.
                Clinician: And any thoughts of hurting someone else?
                Veteran: There's a neighbor who lets his dog crap on my lawn. I've thought about going over there and knocking him out. I wouldn't. But I think about it.
                """;
        RiskFinding si = finding(intake, "suicidal_ideation");
        assertEquals("denied", si.polarity(), si.summary());
        assertQualifiers(si, "history of suicidal ideation");
        RiskFinding hi = finding(intake, "homicidal_ideation");
        assertEquals("endorsed", hi.polarity(), hi.summary());
        assertQualifiers(hi, "intent denied");
    }

    @Test
    void everyone_safer_if_i_werent_around_is_passive_and_no_contact_with_a_child_is_violence_denied() {
        String session = OPENING + """
                Therapist: Have you ever acted on any of these thoughts, or had any sexual contact with a child?
                Client: No. Never. Never.
                Therapist: Any thoughts of hurting yourself because of how bad this feels?
                Client: Sometimes I think everyone would be safer if I wasn't around. But I don't want to die. I want the thoughts to stop.
                Therapist: Have you had thoughts of how you'd end your life?
                Client: No. Nothing like that.
                """;
        RiskFinding si = finding(session, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualifiers(si, "passive (a wish to be dead or not to wake up)", "plan denied");
        RiskFinding abuse = finding(session, "abuse");
        assertEquals("denied", abuse.polarity(), abuse.summary());
        assertEquals("not_assessed", finding(session, "homicidal_ideation").polarity());
    }

    @Test
    void a_gun_taken_when_he_moved_out_and_nothing_here_is_no_access() {
        RiskFinding si = finding(OPENING + """
                Therapist: And thoughts of ending your own life, or of not wanting to be here?
                Client: Sometimes at night I think I could just go be with Marcus. I wouldn't do it.
                Therapist: Do you have anything in the house, pills or a gun?
                Client: Marcus's father had a gun. He took it when he moved out. There's nothing here.
                """, "suicidal_ideation");
        assertEquals("endorsed", si.polarity(), si.summary());
        assertQualifiers(si, "no access to firearms or weapons reported");
    }

    @Test
    void a_threat_to_share_a_nude_image_is_sextortion() {
        RiskFinding abuse = finding("Student states he pressured her to send nude photos and she did once in October. Assessment: teen dating "
                + "violence with image-based coercion (threat to share a nude image of a minor).", "abuse");
        assertEquals("endorsed", abuse.polarity(), abuse.summary());
        assertQualifiers(abuse, "sextortion reported (a threat to share sexual images)");
    }
}
