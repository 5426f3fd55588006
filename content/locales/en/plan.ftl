## The personal plan and what changed in it

plan-header = <b>Your plan</b>
plan-item =
    <b>{ $number }. { $name }</b>
    { $dose }, { $times }.
    { $reasons }
plan-on-hold = ⏸ On hold for now. { $reason }
plan-locked =
    <b>Your plan (locked)</b>
    It unlocks once a clinician has checked you and says exercise is fine.
plan-minutes = { $minutes ->
    [one] ⏱ A session takes about a minute, morning and evening.
   *[other] ⏱ A session takes about { $minutes } minutes, morning and evening.
 }
plan-footer = Go gently: mild discomfort is okay, sharp or spreading pain means stop. I'm not a doctor; if pain gets worse or new symptoms appear, see one.
plan-no-plan-yet = You don't have a plan yet. Send /start and we'll make one together.
plan-start-session-button = Start a session
plan-changes-header = <b>What changed</b>
plan-no-changes = Your plan stays the same.
plan-added = ➕ { $name } is new in your plan.
plan-removed = ➖ { $name } is out of your plan.
plan-held = ⏸ { $name } is on hold for now.
plan-resumed = ▶️ { $name } is back on.
plan-variant-changed = 🔄 { $name } now uses a different version.
# A dose: $sets sets of $reps, each held $hold seconds (0: not held), on each side or not.
plan-dose = { $sets ->
    [1] { "" }
   *[other] { $sets } sets of{ " " }
 }{ $side ->
    [yes] { $reps } each side, hold { $hold } s
   *[no] { $hold ->
        [0] { $reps ->
            [one] 1 rep
           *[other] { $reps } reps
        }
       *[other] { $reps ->
            [one] 1 rep, hold { $hold } s
           *[other] { $reps } reps, hold each { $hold } s
        }
    }
 }
plan-reasons-pelvic_lift_base = Trains the deep spine muscles that steady your back; it's the base for everyone.
plan-reasons-pelvic_lift_triggers = It helps most with pain when { $triggers }.
plan-reasons-back_extension_base = Strengthens the big back muscles; everyone does this one too.
plan-reasons-back_extension_get_up = These are the muscles that get you up and keep you upright.
plan-reasons-bending_fear = Small steps make bending feel safe again; avoiding it keeps pain going.
plan-reasons-bending_hold_leg = We start it once the pain down your leg has settled, since bending can stir it up.
plan-reasons-bending_paused = Paused after bending made your leg pain worse; your next /checkup decides when to restart.
plan-reasons-back_bend_leg = Eases pain that spreads into your leg; do a round whenever it creeps back.
plan-reasons-back_bend_after_bending = Stands in for bending while your leg settles; it calms pain that spreads down the leg.
plan-reasons-back_bend_lying = You do it lying down, since balance is tricky standing up.
plan-reasons-knee_rotation_stiff = Gently loosens a stiff back.
plan-triggers-bend = bending forward
plan-triggers-sit_stand = sitting or standing for long
plan-triggers-get_up = getting up
plan-triggers-bed = turning in bed or sleeping
plan-triggers-walk = walking
plan-reasons-bending_hurts = Bending hurts now: small, guided steps teach your back that bending is safe again.
plan-reasons-bending_leg_check = Your leg pain stays above the knee, so bending is fine; after each round I'll ask whether the leg pain got worse.
plan-reasons-back_bend_supported = You hold on to a worktop while you do it, since balance is tricky standing up.
plan-reasons-form_bed = You do it on a firm bed, so there's no getting down to the floor and up again.
plan-reasons-form_later_pregnancy = This form keeps you off your back, as advised from around week 16 of pregnancy.
plan-reasons-bending_thin_bones = With thin bones we keep it gentle: slow, comfortable bends part way down, with nothing in your hands, to keep bending part of your day.
plan-reasons-leg_spread_paused = Paused after the leg symptoms spread during it; your next /checkup decides when to restart.
plan-reasons-gentle = The gentle plan: half the reps, for as long as your back needs it.

# What a caution changed in the plan, and advice the answers call for.
plan-note-caution_pregnant = 🤰 Pregnancy: I've left out everything done lying on your stomach. Stop and call your midwife or doctor if you notice bleeding, fluid leaking, dizziness, or pain in your pelvis or a calf.
plan-note-caution_pregnant_later = 🤰 From around week 16 lying flat on your back for long isn't advised, so the pelvic lift is done standing against a wall and the knee rotation sitting on a chair.
plan-note-caution_pregnant_early = 🤰 In four weeks, before week 16 can come, I'll swap the exercises done lying on your back for standing and seated forms; you don't need to do anything.
plan-note-caution_surgery = 🏥 Recent back surgery: do these only with your surgeon's or physiotherapist's go-ahead.
plan-note-caution_osteoporosis = 🦴 Thin bones: no weights, no deeper twist in the knee rotation, and bending forward only part way, never forcing down towards the floor or holding anything while bent.
plan-note-caution_balance = 🧍 Balance: the standing exercises are done holding a worktop or a sturdy chair, the lying ones on a firm bed, so there's no getting down to the floor; and no wobbly steps up (one leg, a ball).
plan-note-not_coping = When back pain stops you doing everyday things, or it's hard to cope, please see your GP or a physiotherapist too. You don't have to manage this alone.
plan-note-severe_start = Your pain is high right now, so your first session will be a gentle one. Keep moving as much as you can, a heat pack can ease it, and ask a pharmacist about pain relief. If it's no better in a few days, see your GP.
plan-note-see_gp_soon = 🩺 Please make an appointment with your GP in the next few days about what you tapped. You can start gently in the meantime.
plan-note-gentle = This is the gentle plan. When you feel ready for the full plan again, send /checkup.
plan-note-worst_start =
    If this pain is new, or the worst you have ever had, please see a doctor today: { $line }. Call { $emergency } at once if any of these is new:
    { -early-signs }
