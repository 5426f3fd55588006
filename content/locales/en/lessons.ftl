## The course of short lessons: one a day, each ending with one question.
## Written in our own words from the NHS's and NICE NG59's advice (facts.md).

lessons-offer-line = 📖 Today's two-minute lesson: <b>{ $title }</b>
lessons-read-button = 📖 Read today's lesson
lessons-title = 📖 <b>{ $title }</b>
lessons-quiz =
    <b>Quick check</b>
    { $question }
lessons-answered =
    <b>Quick check</b>
    { $question }

    Your answer: <b>{ $answer }</b>
lessons-next-tomorrow = Your next lesson comes tomorrow. /learn lists them all.
lessons-course-done = That's the whole course read: well done. /learn keeps every lesson for another look.
lessons-list =
    <b>📚 Lessons</b>
    Two minutes each. { $read ->
        [0] Tap one to read it.
       *[other] ✓ marks the { $read } you've read; tap any to read it.
    }
lessons-list-next = Next in your course: <b>{ $title }</b>
lessons-held-no-plan = Lessons open once we've been through the safety questions. Send /start.
lessons-held-locked = Lessons wait while your plan is on hold. Please follow the advice above first.
lessons-held-in-session = Your session is under way: finish it (or stop it), then open the lesson.
lessons-already-open = That lesson has just been opened, see above.
lessons-already-answered = Already answered, thank you.
lessons-learn-locked = Lessons wait while your plan is on hold, so the advice I gave you stands on its own. Once you've been checked, send /learn again.
lessons-learn-no-plan = Lessons open once we've been through the safety questions together. Send /start to begin.

## hurt_not_harm

lesson-hurt_not_harm-title = Hurt is not harm
lesson-hurt_not_harm-body =
    Back pain can feel alarming, but how much it hurts says little about how much damage there is. Most back pain comes from muscles, joints and nerves that have become sensitive, not from anything broken or out of place.

    Think of pain as an alarm set a little too sensitive: it goes off loudly to protect you, even when nothing is being harmed. That is why a movement can hurt and still be safe.

    So some discomfort while you exercise is expected and fine. A little more pain that settles within a day is not a sign of damage. (Warning signs are different: /checkup asks about them again.)
lesson-hurt_not_harm-question = Your back hurts a bit more during an exercise. What does that most likely mean?
lesson-hurt_not_harm-option-harm = I'm damaging my back
lesson-hurt_not_harm-option-sensitive = My back is sensitive, not harmed
lesson-hurt_not_harm-option-stop = I should stop moving for good
lesson-hurt_not_harm-right = Exactly. Pain is a protective alarm, and with back pain it's often turned up too high. A bit more pain that settles within a day is safe: keep going gently.
lesson-hurt_not_harm-wrong = Many people think so, and it's an understandable worry. But with back pain the alarm is often set too sensitive: more pain usually means a sensitive back, not a damaged one. A bit more pain that settles within a day is safe.

## sensitive_system

lesson-sensitive_system-title = Why pain can outlast healing
lesson-sensitive_system-body =
    The tissues of the back usually heal within weeks. Pain can carry on after that, because the nervous system that produces it has stayed on high alert.

    Picture a volume dial. Stress, poor sleep, worry about your back, feeling low and tiredness turn it up. Gentle movement, good sleep, things you enjoy and feeling confident about your back turn it down.

    That's good news. The pain is real, but it isn't a measure of damage, and you have several ways to turn it down, not just one.
lesson-sensitive_system-question = Which of these can turn back pain up?
lesson-sensitive_system-option-sleep = Poor sleep and stress
lesson-sensitive_system-option-walk = A gentle daily walk
lesson-sensitive_system-option-enjoy = Doing things I enjoy
lesson-sensitive_system-right = Right. Poor sleep, stress, worry and low mood turn the volume up; walks, good rest and things you enjoy turn it down.
lesson-sensitive_system-wrong = That one actually helps: gentle movement and things you enjoy tend to turn the volume down. It's poor sleep and stress that turn it up.

## keep_moving

lesson-keep_moving-title = Keep moving: rest slows recovery
lesson-keep_moving-body =
    When your back hurts, lying down can feel like the safe choice. But long rest makes back pain worse and recovery slower: muscles stiffen and weaken, and the back becomes more sensitive, not less.

    People who stay as active as they can, and get back to their usual day sooner, recover faster. That doesn't mean pushing through severe pain. It means carrying on with everyday things, adjusted if you need to: shorter walks, more breaks, a change of position every half hour.

    A short rest when it's bad is fine. Days in bed are not.
lesson-keep_moving-question = Your back is sore today. What helps recovery most?
lesson-keep_moving-option-bed = A few days in bed
lesson-keep_moving-option-active = Staying as active as I can
lesson-keep_moving-option-still = Avoiding any bending
lesson-keep_moving-right = Yes. Keep moving, adjusted to how you feel. A short rest is fine; long rest slows recovery.
lesson-keep_moving-wrong = Many people were told that, but it tends to slow recovery: the back stiffens and gets more sensitive. Staying as active as you can, adjusted to how you feel, helps most.

## scans_and_wear

lesson-scans_and_wear-title = Scans and "wear and tear"
lesson-scans_and_wear-body =
    Many people expect a scan to show what's wrong. For most back pain it isn't needed: guidelines advise against routine scans, because they rarely change what helps.

    Scans also find things that sound worrying but are normal: worn discs, bulges, "degeneration". They show up in lots of people with no back pain at all, and become more common with age, like grey hair. They often don't explain the pain.

    A doctor will ask for a scan when warning signs or the course of your pain call for one. If a report has scary words on it, remember they describe normal changes far more often than damage.
lesson-scans_and_wear-question = A scan shows "disc wear". What does that usually mean?
lesson-scans_and_wear-option-damage = My back is badly damaged
lesson-scans_and_wear-option-normal = A common change, often painless
lesson-scans_and_wear-option-never = I'll never be free of pain
lesson-scans_and_wear-right = That's it. Wear shows up on the scans of many people who have no pain at all. It's more like grey hair than an injury.
lesson-scans_and_wear-wrong = The words sound alarming, and that's not your fault. But disc wear is found in lots of people without any pain: it's a normal change with age and rarely explains pain on its own.

## bending_is_normal

lesson-bending_is_normal-title = Bending and lifting are normal
lesson-bending_is_normal-body =
    Your spine is made to bend. Bending forward, lifting a bag or tying a shoe are normal movements, and a back that avoids them usually gets stiffer and more sensitive.

    There's no single "right" way to lift that protects your back. Keeping the load close and taking your time make lifting easier, but a rounded back isn't dangerous.

    If bending scares you, that's understandable. Your plan brings it back step by step, at a pace your back can take. Each time it goes fine, your back, and your confidence, learn that it's safe.
lesson-bending_is_normal-question = Is it safe to bend with a rounded back?
lesson-bending_is_normal-option-never = No, always keep it straight
lesson-bending_is_normal-option-normal = Yes, it's a normal movement
lesson-bending_is_normal-option-brace = Only with a back brace
lesson-bending_is_normal-right = Right. Bending is what spines do. Bringing it back step by step, as your plan does, builds strength and trust.
lesson-bending_is_normal-wrong = That's a common belief, but no single posture is the safe one: bending with a rounded back is a normal movement. Avoiding it tends to make the back stiffer and more sensitive.

## pacing

lesson-pacing-title = Pacing: steady beats boom and bust
lesson-pacing-body =
    On a good day it's tempting to do everything at once, then pay for it with two bad days. This "boom and bust" keeps the pain in charge.

    Pacing works better: a similar amount each day, good day or bad, and small steps up every few days. If a 20-minute walk is fine, walk 20 minutes a day for a few days, then try 25.

    Find your starting point, what you can do on a bad day without a big flare, start a little below it and build from there. Your plan offers the next level only after several sessions went well: that's pacing too.
lesson-pacing-question = You feel great today. What's the paced choice?
lesson-pacing-option-all = Do every job I've put off
lesson-pacing-option-steady = My usual amount, maybe a bit more
lesson-pacing-option-nothing = Save my energy, do nothing
lesson-pacing-right = Yes: about your usual amount, stepping up slowly. Good days then add up instead of costing you the next two.
lesson-pacing-wrong = Understandable, but that swings between too much and too little. A steady amount with small steps up gets you further than boom and bust.

## flare_ups

lesson-flare_ups-title = Flare-ups: common, and they settle
lesson-flare_ups-body =
    Even while things improve, your back may flare up: a few days of more pain, sometimes for no clear reason. Flare-ups are common, usually settle within a few days to a couple of weeks, and aren't a sign of new damage.

    What helps: keep moving gently, even a little; use heat if it eases you; cut the exercises back rather than stopping; keep to your sleep routine. /flare has a gentle routine for those days.

    Get checked if a flare comes with any warning sign, is much worse than usual, or isn't settling after a couple of weeks.
lesson-flare_ups-question = Your back flares up after a good week. What's true?
lesson-flare_ups-option-damage = I've injured my back again
lesson-flare_ups-option-settle = It's common and usually settles
lesson-flare_ups-option-lost = I've lost all my progress
lesson-flare_ups-right = Yes. Flare-ups are part of recovery for many people and usually settle within days to a couple of weeks. Ease off, keep moving gently; /flare has a routine for those days.
lesson-flare_ups-wrong = It can feel that way, but a flare-up is usually not new damage, and it doesn't wipe out your progress. Most settle within days to a couple of weeks; /flare has a gentle routine for them.

## sleep

lesson-sleep-title = Sleep and back pain
lesson-sleep-body =
    Pain can make sleep harder, and poor sleep makes pain feel worse: a loop many people know.

    What helps: going to bed and getting up at about the same time; a quieter last hour with less screen time; a warm shower or heat before bed if it eases your back; a comfortable position, perhaps with a pillow between or under your knees. No mattress or position is best for everyone.

    If pain wakes you, get up and move gently for a few minutes rather than lying tense. If it's so bad you can't sleep, or no position eases it at night, see a doctor the same day.
lesson-sleep-question = How does sleep link to back pain?
lesson-sleep-option-none = Sleep doesn't affect pain
lesson-sleep-option-loop = Poor sleep can turn pain up
lesson-sleep-option-mattress = Only the mattress matters
lesson-sleep-right = Right. Pain and poor sleep feed each other, so a steady routine helps both.
lesson-sleep-wrong = Not quite. Poor sleep turns the pain volume up, and pain disturbs sleep. A steady routine and a comfortable position help more than any one mattress.

## stress_mood

lesson-stress_mood-title = Stress, mood and your back
lesson-stress_mood-body =
    When you're stressed, worried or low, back pain tends to feel worse. Stress keeps muscles tense and the nervous system on alert, and low mood makes it harder to stay active. That doesn't mean the pain is "in your head": it's how pain works in everyone.

    Small things help: keep doing some things you enjoy, stay in touch with people, get outside, and slow your breathing out, which calms the alarm.

    If you've felt low for weeks or stopped enjoying things, talk to your GP: it's common with pain, and it can be helped. If you ever think about harming yourself, call { $emergency } now.
lesson-stress_mood-question = Stress makes your back pain worse. Does that mean the pain isn't real?
lesson-stress_mood-option-real = No, stress turns real pain up
lesson-stress_mood-option-fake = Yes, it's all in my head
lesson-stress_mood-option-nothing = Stress has nothing to do with it
lesson-stress_mood-right = Exactly. The pain is real; stress and low mood turn its volume up, in everyone. Easing them is part of easing the pain.
lesson-stress_mood-wrong = The pain is real, and stress does play a part: it doesn't create pain from nothing, but it turns the volume up, in everyone. That's why looking after stress and mood helps your back.

## work

lesson-work-title = Staying at work, or going back
lesson-work-body =
    Work is usually good for recovery. People who stay at work, or go back early, tend to recover faster than those who wait until the pain has gone completely.

    You don't need to be pain-free to work. What helps is adjusting it for a while: changing position often, short walks in breaks, lighter tasks or shorter hours at first, and a talk with your manager about what would help.

    If your job is physically heavy, or the pain makes work very hard, ask your GP or a physiotherapist about going back in steps.
lesson-work-question = When is it best to go back to work?
lesson-work-option-painfree = Once the pain has fully gone
lesson-work-option-early = Early, with changes if needed
lesson-work-option-scan = Only after a scan
lesson-work-right = Yes. Staying at work, or going back early with some changes, helps recovery. You don't have to wait until you're pain-free.
lesson-work-wrong = Many people wait for that, but waiting tends to slow recovery. Going back early, with changes for a while, works better for most people.

## medicines

lesson-medicines-title = Medicines, in outline
lesson-medicines-body =
    Medicines can take the edge off the pain so you can keep moving. On their own they don't cure back pain.

    For low back pain, NICE, the UK's guidance body, suggests an anti-inflammatory tablet for a short time if it's safe for you. It advises against paracetamol on its own, against opioids for long-lasting back pain, and against nerve-pain or antidepressant medicines for back pain alone.

    Whether a medicine is safe for you depends on your health and your other medicines: ask a pharmacist, usually without an appointment. I never give doses; follow the leaflet and your pharmacist or doctor.
lesson-medicines-question = Who can tell you whether a pain medicine is safe for you?
lesson-medicines-option-pharmacist = A pharmacist or my doctor
lesson-medicines-option-coach = This coach
lesson-medicines-option-friend = A friend it helped
lesson-medicines-right = Right. A pharmacist can check a medicine against your health and your other medicines, often without an appointment.
lesson-medicines-wrong = A pharmacist or your doctor is the one to ask: whether a medicine is safe depends on your health and your other medicines. I never advise on doses.

## heat_walking

lesson-heat_walking-title = Heat and walking
lesson-heat_walking-body =
    Two simple things help many people with back pain.

    Heat: a hot-water bottle wrapped in a towel, a heat pad or a warm shower can ease tight, sore muscles for a while. Some people prefer a cold pack. Use whichever feels better, for about 20 minutes, never straight on the skin.

    Walking: a walk is one of the best things for a sore back. Start with what's comfortable, even five minutes, and add a little every few days. Regular walks at a steady pace count for more than long ones.
lesson-heat_walking-question = Which helps many people with a sore back?
lesson-heat_walking-option-walk = Short, regular walks
lesson-heat_walking-option-still = Sitting still all day
lesson-heat_walking-option-ice = Ice straight on the skin
lesson-heat_walking-right = Yes. Regular walks, and heat for tight muscles, ease many backs. Start small and build up.
lesson-heat_walking-wrong = Not that one. Short, regular walks help most people, and heat (wrapped, for about 20 minutes) can ease sore muscles. Ice or heat never goes straight on the skin.

## confidence

lesson-confidence-title = Trusting your back again
lesson-confidence-body =
    After back pain it's natural to move carefully and avoid what once hurt. But avoiding movement for a long time makes the back stiffer, weaker and more sensitive, and then even more things hurt.

    Confidence comes back by doing, in small steps: pick one thing you've been avoiding, try a small version of it, and notice that it went fine. Then a little more.

    People who feel positive about their back tend to recover faster. You don't need to feel confident first: it grows from each thing you do. Every session you finish shows your back can cope.
lesson-confidence-question = How does trust in your back grow?
lesson-confidence-option-avoid = By avoiding what hurt before
lesson-confidence-option-steps = By small steps that go fine
lesson-confidence-option-wait = By waiting until pain is gone
lesson-confidence-right = Yes. Each small step that goes fine teaches you, and your back, that it's safe. It adds up.
lesson-confidence-wrong = That feels safer, but over time it usually makes the back more sensitive. Trust grows from small steps that go fine, one after another.

## why_exercise_works

lesson-why_exercise_works-title = Why exercise helps
lesson-why_exercise_works-body =
    Exercise is one of the best-supported treatments for back pain. It strengthens and loosens the back, calms the sensitive nervous system, helps sleep and mood, and shows you what your back can do.

    The surprising part: no single exercise is best. Walking, swimming, yoga, pilates, strength work and the exercises in your plan all help. The best exercise is the one you'll actually do, regularly.

    So if a session feels like a chore, change something: the time, a shorter version, or a walk instead. A little on most days beats a lot now and then.
lesson-why_exercise_works-question = What's the best exercise for back pain?
lesson-why_exercise_works-option-special = One special back exercise
lesson-why_exercise_works-option-done = The one I'll actually do
lesson-why_exercise_works-option-hard = The hardest I can manage
lesson-why_exercise_works-right = That's it. Exercise in any form helps, so the best one is the one you'll keep doing.
lesson-why_exercise_works-wrong = Many people look for the one right exercise, but there isn't one: exercise in any form helps. The best one is the one you'll keep doing.

## recovery_outlook

lesson-recovery_outlook-title = Most back pain gets better
lesson-recovery_outlook-body =
    Here's the encouraging part: most back pain improves within a few weeks or months. Many people have ups and downs on the way, and some have the odd flare-up later, but most get back to the things they care about.

    What helps: staying active, keeping up your usual life as much as you can, and a hopeful outlook. People who stay positive tend to recover faster.

    If your pain hasn't started to improve after a few weeks of looking after it yourself, stops you doing day-to-day things, or you're struggling to cope, see your GP: there's more help available.
lesson-recovery_outlook-question = What happens to most back pain?
lesson-recovery_outlook-option-better = It improves in weeks or months
lesson-recovery_outlook-option-forever = It lasts for life
lesson-recovery_outlook-option-worse = It only gets worse with age
lesson-recovery_outlook-right = Yes. Most back pain gets better within weeks or months, even if it goes up and down on the way.
lesson-recovery_outlook-wrong = It can feel that way when you're in pain, but most back pain improves within weeks or months. If yours isn't improving after a few weeks, your GP can help.
