namespace AdminPortal.Web.Tests.Api.Dialects;

/// <summary>The example responses of seed 004 (the manager API), copied verbatim from the seed.</summary>
public static class ManagerSeedExamples
{
    public const string Agents = """
        [
        {
        "id": 45,
        "email": "craigT@nelson.com",
        "roles": [
        "agent"
        ],
        "first_name": "Craig T",
        "middle_name": null,
        "last_name": "Nelson",
        "avatar_url": "https://subdomain.somedomain.com/default-profile.png",
        "agent_number": null,
        "crm_authenticated": false,
        "status": {
        "id": -6,
        "name": "Wrap-up",
        "color": "purple",
        "wfm_id": 33
        },
        "online": false,
        "wrap_up": false,
        "call_count": 0,
        "chat_count": 0,
        "location": null,
        "created_at": "2016-11-10T00:15:04.000Z",
        "last_login_time": "2016-11-10T00:17:57.000Z",
        "status_updated_at": null,
        "teams": [
        {
        "id": 163,
        "name": "team CTN",
        "parent_id": null,
        "position": 11,
        "agents_count": 12,
        "deleted": false
        }
        ],
        "channels": [
        {
        "channel_type": "voice_call",
        "menu": {
        "id": 2029,
        "name": "Mobile Queue",
        "parent_id": null,
        "position": 0,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false
        }
        }
        ]
        },
        {
        "id": 60,
        "email": "notanakinskywalker@empire.com",
        "roles": [
        "agent"
        ],
        "first_name": "Darth",
        "middle_name": null,
        "last_name": "Vader",
        "avatar_url": "https://subdomain.somedomain.com/default-profile.png",
        "agent_number": null,
        "crm_authenticated": false,
        "status": {
        "id": -7,
        "name": "In-call",
        "color": "light_blue",
        "wfm_id": 34
        },
        "online": false,
        "wrap_up": false,
        "call_count": 0,
        "chat_count": 0,
        "location": null,
        "created_at": "2017-02-03T19:44:14.000Z",
        "last_login_time": "2017-02-03T20:05:31.000Z",
        "status_updated_at": "2017-02-04T12:36:11.000Z",
        "teams": [],
        "channels": [
        {
        "channel_type": "voice_call",
        "menu": {
        "id": 1693,
        "name": "Premium Support",
        "parent_id": null,
        "position": 0,
        "deleted": false,
        "menu_type": "ivr_menu",
        "output_msg": "You selected premium support",
        "hidden": false
        }
        }
        ]
        },
        {
        "id": 81,
        "email": "email@email.com",
        "roles": [
        "agent"
        ],
        "first_name": "Barry",
        "middle_name": null,
        "last_name": "Allen",
        "avatar_url": "https://subdomain.somedomain.com/default-profile.png",
        "agent_number": null,
        "crm_authenticated": false,
        "status": {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        "online": false,
        "wrap_up": false,
        "call_count": 0,
        "chat_count": 0,
        "location": null,
        "created_at": "2017-03-13T23:47:39.000Z",
        "last_login_time": "2017-03-13T23:48:17.000Z",
        "status_updated_at": "2017-03-13T23:56:04.000Z",
        "teams": [],
        "channels": [
        {
        "channel_type": "voice_call",
        "menu": {
        "id": 2028,
        "name": "Speed Issues",
        "parent_id": 2027,
        "position": 0,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false
        }
        }
        ]
        }
        ]
        """;

    public const string AgentsCurrentStatus = """
        [
        {
        "id": 1,
        "status": "Available",
        "status_id": 0,
        "status_updated_at": "2021-05-10T17:45:01.000Z",
        "on_hold": false,
        "on_hold_duration": 0
        }
        ]
        """;

    public const string AgentActivityLogs = """
        [
        {
        "id": 190578,
        "agent_id": 118,
        "status": {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        "started_at": "2017-12-22T00:54:18.000Z",
        "ended_at": null,
        "duration": 0,
        "call_id": null,
        "chat_id": null,
        "activity": "logout",
        "whodunnit": null
        },
        {
        "id": 199548,
        "agent_id": 118,
        "status": {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        "started_at": "2018-01-09T22:54:26.000Z",
        "ended_at": null,
        "duration": 0,
        "call_id": null,
        "chat_id": null,
        "activity": "logout",
        "whodunnit": null
        },
        {
        "id": 190577,
        "agent_id": 118,
        "status": {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        "started_at": "2017-12-22T00:54:18.000Z",
        "ended_at": "2018-01-08T22:54:22.000Z",
        "duration": 1548004,
        "call_id": null,
        "chat_id": null,
        "activity": "user_status_changed",
        "whodunnit": null
        },
        {
        "id": 199547,
        "agent_id": 118,
        "status": {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        "started_at": "2018-01-09T22:54:26.000Z",
        "ended_at": null,
        "duration": 0,
        "call_id": null,
        "chat_id": null,
        "activity": "user_status_changed",
        "whodunnit": null
        },
        {
        "id": 190270,
        "agent_id": 118,
        "status": {
        "id": -1,
        "name": "Unavailable",
        "color": "red",
        "wfm_id": 12
        },
        "started_at": "2017-12-21T21:34:14.000Z",
        "ended_at": "2017-12-22T00:54:18.000Z",
        "duration": 12004,
        "call_id": null,
        "chat_id": null,
        "activity": "user_status_changed",
        "whodunnit": null
        },
        {
        "id": 198036,
        "agent_id": 118,
        "status": {
        "id": -1,
        "name": "Unavailable",
        "color": "red",
        "wfm_id": 12
        },
        "started_at": "2018-01-08T22:54:22.000Z",
        "ended_at": "2018-01-09T22:54:26.000Z",
        "duration": 86404,
        "call_id": null,
        "chat_id": null,
        "activity": "user_status_changed",
        "whodunnit": null
        },
        {
        "id": 22249,
        "agent_id": 129,
        "status": {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        "started_at": "2017-06-19T18:34:39.000Z",
        "ended_at": null,
        "duration": 0,
        "call_id": null,
        "chat_id": null,
        "activity": "login",
        "whodunnit": null
        }
        ]
        """;

    public const string MenuList = """
        [
        {
        "id": 1693,
        "name": "Death Star",
        "parent_id": null,
        "position": 0,
        "deleted": false,
        "menu_type": "ivr_menu",
        "output_msg": "You have reached the Death Star",
        "hidden": false,
        "agent_assignments": [
        {
        "lang": "en",
        "queue_level": "primary",
        "channel_type": "voice_call",
        "assignee": {
        "id": 97,
        "agent_number": 97,
        "name": "Darth Vader",
        "last_name": "Darth",
        "first_name": "Vader"
        }
        },
        {
        "lang": "it",
        "queue_level": "primary",
        "channel_type": "voice_call",
        "assignee": {
        "id": 1407,
        "agent_number": 123,
        "name": "Moff Tarkin",
        "last_name": "Moff",
        "first_name": "Tarkin"
        }
        }
        ],
        "team_assignments": [
        {
        "lang": "en",
        "queue_level": "primary",
        "channel_type": "voice_call",
        "team": {
        "id": 10,
        "name": "Storm Troopers",
        "parent_id": null,
        "position": 1,
        "agents_count": 48,
        "deleted": false,
        "assignees": [
        {
        "id": 1,
        "agent_number": null,
        "name": "Storm Troooper 1",
        "last_name": "Storm ",
        "first_name": "Admin1",
        "avatar_url": "https://subdomain.somedomain.com/data_uri_upload20171201-21853-1ijzccm.png"
        },
        {
        "id": 2,
        "agent_number": null,
        "name": "Storm Troooper 2",
        "last_name": "Storm ",
        "first_name": "Admin1",
        "avatar_url": "https://subdomain.somedomain.com/data_uri_upload20171201-21853-1ijzccm.png"
        },
        {
        "id": 3,
        "agent_number": null,
        "name": "Storm Troooper 3",
        "last_name": "Storm ",
        "first_name": "Admin1",
        "avatar_url": "https://subdomain.somedomain.com/data_uri_upload20171201-21853-1ijzccm.png"
        }
        ]
        }
        }
        ]
        }]
        """;

    public const string MenuTree = """
        [
        {
        "id": 2029,
        "name": "Mobile 1",
        "parent_id": null,
        "position": 0,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false,
        "children": []
        },
        {
        "id": 2024,
        "name": "Death Star Venting System",
        "parent_id": null,
        "position": 1,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false,
        "children": []
        },
        {
        "id": 2025,
        "name": "Droid Repair",
        "parent_id": null,
        "position": 2,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false,
        "children": []
        },
        {
        "id": 2049,
        "name": "Emperor's Hotline",
        "parent_id": null,
        "position": 3,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false,
        "children": []
        },
        {
        "id": 2026,
        "name": "Storm Trooper Armor",
        "parent_id": null,
        "position": 4,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false,
        "children": [
        {
        "id": 2036,
        "name": "Armor Polishing Team",
        "parent_id": 2026,
        "position": 0,
        "deleted": false,
        "menu_type": "mobile_menu",
        "output_msg": null,
        "hidden": false,
        "children": []
        }
        ]
        }]
        """;

    public const string SingleMenu = """
        [
        {
        "id": 1693,
        "name": "Death Star",
        "parent_id": null,
        "position": 0,
        "deleted": false,
        "menu_type": "ivr_menu",
        "output_msg": "You have reached the Death Star",
        "hidden": false,
        "agent_assignments": [
        {
        "lang": "en",
        "queue_level": "primary",
        "channel_type": "voice_call",
        "assignee": {
        "id": 97,
        "agent_number": 97,
        "name": "Darth Vader",
        "last_name": "Darth",
        "first_name": "Vader"
        }
        },
        {
        "lang": "it",
        "queue_level": "primary",
        "channel_type": "voice_call",
        "assignee": {
        "id": 1407,
        "agent_number": 123,
        "name": "Moff Tarkin",
        "last_name": "Moff",
        "first_name": "Tarkin"
        }
        }
        ],
        "team_assignments": [
        {
        "lang": "en",
        "queue_level": "primary",
        "channel_type": "voice_call",
        "team": {
        "id": 10,
        "name": "Storm Troopers",
        "parent_id": null,
        "position": 1,
        "agents_count": 48,
        "deleted": false,
        "assignees": [
        {
        "id": 1,
        "agent_number": null,
        "name": "Storm Troooper 1",
        "last_name": "Storm ",
        "first_name": "Admin1",
        "avatar_url": "https://subdomain.somedomain.com/data_uri_upload20171201-21853-1ijzccm.png"
        },
        {
        "id": 2,
        "agent_number": null,
        "name": "Storm Troooper 2",
        "last_name": "Storm ",
        "first_name": "Admin1",
        "avatar_url": "https://subdomain.somedomain.com/data_uri_upload20171201-21853-1ijzccm.png"
        },
        {
        "id": 3,
        "agent_number": null,
        "name": "Storm Troooper 3",
        "last_name": "Storm ",
        "first_name": "Admin1",
        "avatar_url": "https://subdomain.somedomain.com/data_uri_upload20171201-21853-1ijzccm.png"
        }
        ]
        }
        }
        ]
        }]
        """;

    public const string UserStatuses = """
        [
        {
        "id": 0,
        "name": "Available",
        "color": "green",
        "wfm_id": 11
        },
        {
        "id": -1,
        "name": "Unavailable",
        "color": "red",
        "wfm_id": 12
        },
        {
        "id": -2,
        "name": "Break",
        "color": "yellow",
        "wfm_id": 29
        },
        {
        "id": -3,
        "name": "Special Task",
        "color": "pink",
        "wfm_id": 30
        },
        {
        "id": -4,
        "name": "Meal",
        "color": "brown",
        "wfm_id": 31
        },
        {
        "id": -5,
        "name": "Missed Call",
        "color": "blue_grey",
        "wfm_id": 32
        },
        {
        "id": -6,
        "name": "Wrap-up",
        "color": "purple",
        "wfm_id": 33
        },
        {
        "id": -7,
        "name": "In-call",
        "color": "light_blue",
        "wfm_id": 34
        },
        {
        "id": -8,
        "name": "In-chat",
        "color": "indigo",
        "wfm_id": 35
        },
        {
        "id": -10,
        "name": "Offline",
        "color": "grey",
        "wfm_id": 36
        },
        {
        "id": 5,
        "name": "Meal",
        "color": "green",
        "wfm_id": 45
        }
        ]
        """;

    public const string TeamList = """
        [
        {
        "id": 11,
        "name": "Forest Moon of Endor Team",
        "parent_id": null,
        "position": 28,
        "agents_count": 3,
        "deleted": false,
        "assignees": [
        {
        "id": 19,
        "agent_number": "77",
        "name": "Storm Trooper 1",
        "last_name": "Storm",
        "first_name": "Trooper 1"
        },
        {
        "id": 20,
        "agent_number": "78",
        "name": "Storm Trooper 2",
        "last_name": "Storm",
        "first_name": "Trooper 2"
        },
        {
        "id": 21,
        "agent_number": "79",
        "name": "Storm Trooper 3",
        "last_name": "Storm",
        "first_name": "Trooper 3"
        }
        ]
        },
        {
        "id": 12,
        "name": "Death Star Team",
        "parent_id": null,
        "position": 28,
        "agents_count": 3,
        "deleted": false,
        "assignees": [
        {
        "id": 34,
        "agent_number": "80",
        "name": "Storm Trooper 5",
        "last_name": "Storm",
        "first_name": "Trooper 5"
        },
        {
        "id": 35,
        "agent_number": "81",
        "name": "Storm Trooper 6",
        "last_name": "Storm",
        "first_name": "Trooper 6"
        },
        {
        "id": 36,
        "agent_number": "82",
        "name": "Storm Trooper 7",
        "last_name": "Storm",
        "first_name": "Trooper 7"
        }
        ]
        }
        ]
        """;

    public const string SingleTeam = """
        {
        "id": 11,
        "name": "Forest Moon of Endor Team",
        "parent_id": null,
        "position": 28,
        "agents_count": 3,
        "deleted": false,
        "assignees": [
        {
        "id": 19,
        "agent_number": "77",
        "name": "Storm Trooper 1",
        "last_name": "Storm",
        "first_name": "Trooper 1"
        },
        {
        "id": 20,
        "agent_number": "78",
        "name": "Storm Trooper 2",
        "last_name": "Storm",
        "first_name": "Trooper 2"
        },
        {
        "id": 21,
        "agent_number": "79",
        "name": "Storm Trooper 3",
        "last_name": "Storm",
        "first_name": "Trooper 3"
        }
        ]
        }
        """;

    public const string TeamTree = """
        [
        {
        "id": 147,
        "name": "Storm Trooper Reigment",
        "parent_id": null,
        "position": 1,
        "agents_count": 9,
        "deleted": false,
        "children": [
        {
        "id": 34,
        "name": "Storm Trooper 1st Regiment",
        "parent_id": 147,
        "position": 1,
        "agents_count": 2,
        "deleted": false,
        "children": []
        }
        ]
        }
        ]
        """;

    public const string MenusCurrentStatus = """
        [
        {
        "menu_id": 10,
        "lang": "en",
        "menu_path_id": 5,
        "menu_path": "zdco IVR Support/1 Day Shipping",
        "comm_type": "Call",
        "in_queue_count": 2,
        "oldest_in_queue": "2021-05-10T22:17:21.000Z",
        "oldest_duration_in_queue": 300,
        "total_queue_duration": 400,
        "average_queue_duration": 200
        }
        ]
        """;

    public const string MenuSla = """
        [
        {
        "menu_path_id": 100,
        "lang": "en",
        "menu_path": "Support/1 Day Shipping",
        "sla": 96.5
        },
        {
        "menu_path_id": 100,
        "lang": "es",
        "menu_path": "Support/1 Day Shipping Spanish",
        "sla": 99.0
        },
        {
        "menu_path_id": 101,
        "lang": "en",
        "menu_path": "Support/3 Day Shipping",
        "sla": 0.0
        }
        ]
        """;

    public const string QueueGroupsSla = """
        [
        {
        "queue_group_id": 20,
        "queue_group_name": "Shipping",
        "sla": null
        },
        {
        "queue_group_id": 24,
        "queue_group_name": "Customer Support",
        "sla": 99.2
        },
        {
        "queue_group_id": 29,
        "queue_group_name": "Escalations",
        "sla": 98.3
        }
        ]
        """;

    public const string Calls = """
        [
        {
        "id": 1,
        "lang": "en",
        "call_type": "Voice Inbound (App)",
        "status": "finished",
        "created_at": "2016-02-19T18:53:56.000Z",
        "queued_at": "2016-02-19T18:53:57.000Z",
        "assigned_at": "2016-02-19T18:53:58.000Z",
        "connected_at": "2016-02-19T18:54:18.000Z",
        "ends_at": "2016-02-19T18:54:39.000Z",
        "updated_at": "2016-02-19T18:54:39.000Z",
        "scheduled_at": null,
        "queue_duration": 22,
        "wait_duration": 22,
        "call_duration": 21,
        "hold_duration": 0,
        "rating": null,
        "has_feedback": false,
        "voip_provider": "voip_provider_twilio",
        "out_ticket_id": null,
        "out_ticket_url": null,
        "verified": false,
        "recording_url": null,
        "recording_permission": "not_asked",
        "voicemail_reason": "not_voicemail",
        "deflection": "no_deflection",
        "disconnected_by": "disconnected_by_unknown",
        "fail_reason": "nothing",
        "fail_details": null,
        "recordings": [
        {
        "id": 7,
        "call_id": 1,
        "conference_sid": "CF50ec183fafcff801226b6fc332EC02ba7c4",
        "duration": 20,
        "recording_type": "default",
        "redaction_times": [
        {
        "start": "2016-02-19T18:54:23.000Z",
        "end": "2016-02-19T18:54:25.000Z",
        "duration": 2.000,
        "start_agent_id": 2,
        "end_agent_id": 2
        }
        ],
        "started_at": "2016-02-19T18:54:18.000Z"
        }
        ],
        "support_number": "+12128675309",
        "selected_menu": {
        "id": 11,
        "name": "Carpentry",
        "parent_id": 1,
        "position": 1,
        "deleted": false,
        "hidden": false,
        "menu_type": "ivr_menu",
        "output_msg": "Thanks for calling Death Star Carpentry"
        },
        "menu_path": {
        "items_count": 1,
        "name": "Carpentry",
        "materialized_path": "Death Star/Carpentry"
        },
        "queue_priority_level": 0,
        "end_user": {
        "id": 3,
        "identifier": "Death Star Carpentry Union",
        "out_contact_id": "363876643527"
        },
        "photos": [{
        "id": 0,
        "photo_type": "photo",
        "url": "www.photolocation.co/photo/123456868686"
        }],
        "videos": [{
        "id": 0,
        "url": "www.videolocation.co/video/123456868686"
        }],
        "transfers": [{
        "id": 11,
        "status": "transferring",
        "fail_reason": "nothing",
        "created_at": "2016-02-19T18:58:18.000Z",
        "from_menu": {
        "items_count": 2,
        "name": "Cabinetry",
        "materialized_path": "Death Star/Cabinetry"
        },
        "to_menu": {
        "items_count": 2,
        "name": "Carpentry",
        "materialized_path": "Death Star/Carpentry"
        },
        "from_agent": {
        "id": 2,
        "name": "San Holo",
        "last_name": "San",
        "first_name": "Holo",
        "agent_number": "6",
        "avatar_url": "www.avatarurl.co/avatar/1234543"
        },
        "to_agent": {
        "id": 0,
        "name": "Farrison Hord",
        "last_name": "Farrison",
        "first_name": "Hord",
        "agent_number": "12",
        "avatar_url": "www.avatarurl.co/avatar/1234545"
        }
        }],
        "participants": [
        {
        "id": 5,
        "type": "end_user",
        "status": "finished",
        "call_id": 3,
        "user_id": null,
        "end_user_id": 3,
        "call_duration": 21,
        "hold_duration": null,
        "connected_at": "2016-02-19T18:54:18.000Z",
        "ended_at": "2016-02-19T18:54:39.000Z",
        "fail_reason": "nothing"
        },
        {
        "id": 3,
        "type": "agent",
        "status": "finished",
        "call_id": 3,
        "user_id": 5,
        "end_user_id": null,
        "call_duration": 21,
        "hold_duration": null,
        "connected_at": "2016-02-19T18:54:18.000Z",
        "ended_at": "2016-02-19T18:54:39.000Z",
        "fail_reason": "nothing"
        },
        {
        "id": 6,
        "type": "agent",
        "status": "finished",
        "call_id": 3,
        "user_id": 12,
        "end_user_id": null,
        "call_duration": 21,
        "hold_duration": null,
        "connected_at": "2016-02-19T18:54:18.000Z",
        "ended_at": "2016-02-19T18:54:39.000Z",
        "fail_reason": "nothing"
        }
        ],
        "offer_type": "cascade",
        "offer_events": [
        {
        "casting_time": "2018-11-12T15:52:38.000Z",
        "group": "Group 1"
        }
        ],
        "answer_type": "manual",
        "outbound_number": null,
        "dispositions": [
        {
        "user_id": 3,
        "participant_id": 225,
        "code": "Product question"
        },
        {
        "user_id": 3,
        "transfer_id": 1,
        "participant_id": 226,
        "code": "Requires follow up"
        }
        ],
        "consumer_handle_durations": [
        {
        "id": 100,
        "call_duration": 314,
        "hold_duration": 3,
        "started_at": "2016-02-19T18:50:08.000Z",
        "ended_at": "2016-02-19T18:55:22.000Z"
        }
        ],
        "consumer_in_menu_durations": [
        {
        "id": 100,
        "event": "finished",
        "duration": 238,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "started_at": "2016-02-19T18:50:08.000Z",
        "ended_at": "2016-02-19T18:54:06.000Z"
        }
        ],
        "consumer_event_durations": [
        {
        "id": 10,
        "type": "payment",
        "event": "finished",
        "duration": 20,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "started_at": "2016-02-19T18:54:38.000Z",
        "ended_at": "2016-02-19T18:54:58.000Z"
        },
        {
        "id": 11,
        "type": "csat",
        "event": "abandoned",
        "duration": 4,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "started_at": "2016-02-19T18:54:39.000Z",
        "ended_at": "2016-02-19T18:54:43.000Z"
        }
        ],
        "handle_durations": [
        {
        "id": 10001,
        "agent_id": 5,
        "acw_duration": 0,
        "bcw_duration": 0,
        "call_duration": 21,
        "assigned_connection_duration": 10,
        "hold_duration": 3,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "barged": 0,
        "transfer": 0,
        "transfer_id": null,
        "transfer_cold": 0,
        "started_at": "2016-02-19T18:54:18.000Z",
        "ended_at": "2016-02-19T18:54:39.000Z",
        "scheduled_at": null
        },
        {
        "id": 10002,
        "agent_id": 5,
        "acw_duration": 25,
        "bcw_duration": 0,
        "call_duration": 0,
        "assigned_connection_duration": 0,
        "hold_duration": 0,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "barged": 0,
        "transfer": 0,
        "transfer_id": null,
        "transfer_cold": 0,
        "started_at": "2016-02-19T18:54:39.000Z",
        "ended_at": "2016-02-19T18:55:04.000Z",
        "scheduled_at": null
        },
        {
        "id": 10003,
        "agent_id": 12,
        "acw_duration": 1,
        "bcw_duration": 0,
        "call_duration": 21,
        "assigned_connection_duration": 5,
        "hold_duration": 0,
        "menu_path_id": 4,
        "menu_path": "Deathstar/Returns",
        "lang": "en",
        "barged": 0,
        "transfer": 1,
        "transfer_id": 11,
        "transfer_cold": 0,
        "started_at": "2016-02-19T18:54:18.000Z",
        "ended_at": "2016-02-19T18:54:39.000Z",
        "scheduled_at": null
        }
        ],
        "queue_durations": [
        {
        "id": 20011,
        "agent_id": 5,
        "queue_duration": 12,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": 0,
        "transfer_id": null,
        "transfer_cold": 0,
        "started_at": "2016-02-19T18:54:06.000Z",
        "ended_at": "2016-02-19T18:54:18.000Z",
        "service_level_abandon_time_threshold": 10,
        "service_level_event": "in_sla",
        "service_level_target_percent": 90,
        "service_level_target_time": 60
        },
        {
        "id": 20012,
        "agent_id": 12,
        "queue_duration": 10,
        "menu_path_id": 21,
        "menu_path": "Deathstar/Returns",
        "lang": "en",
        "transfer": 1,
        "transfer_id": 11,
        "transfer_cold": 0,
        "started_at": "2016-02-19T18:54:08.000Z",
        "ended_at": "2016-02-19T18:54:18.000Z",
        "service_level_abandon_time_threshold": 10,
        "service_level_event": "not_in_sla",
        "service_level_target_percent": 90,
        "service_level_target_time": 60
        }
        ],
        "virtual_agent": {
        "id": 10,
        "name": "D2-R2"
        },
        "virtual_agent_deflected_escalations": [
        {
        "id": 1,
        "deflection": "after_hours",
        "escalation_id": 1,
        "escalation_reason": "by_end_user_message",
        "escalated_at": "2016-02-19T18:54:06.000Z",
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "virtual_agent": {
        "id": 10,
        "name": "D2-R2"
        }
        }
        ],
        "virtual_agent_handle_durations": [
        {
        "id": 1,
        "virtual_agent": {
        "id": 10,
        "name": "D2-R2"
        },
        "call_duration": 11,
        "escalation_reason": "by_end_user_message",
        "sentiment": 85,
        "response_count": 11,
        "fallback_response_count": 1,
        "initiated_by": "end_user",
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": false,
        "transfer_id": null,
        "started_at": "2016-02-19T18:52:36.000Z",
        "ended_at": "2016-02-19T18:54:06.000Z"
        }
        ]
        }
        ]
        """;

    /// <summary>The seed's chats example with its two syntax slips mended (a comma after agent_info's last member, none after queue_durations).</summary>
    public const string Chats = """
        [
        {
        "id": 1,
        "lang": "en",
        "chat_type": "Messaging Inbound (App Chat)",
        "status": "finished",
        "created_at": "2016-02-26T18:35:54.000Z",
        "assigned_at": "2016-02-26T18:36:05.000Z",
        "ends_at": "2016-02-26T18:37:24.000Z",
        "updated_at": "2016-02-26T18:37:24.000Z",
        "first_msg_sent_at": null,
        "last_msg_sent_at": null,
        "chat_duration": 11,
        "wait_duration": 22,
        "queue_duration": 22,
        "verified": true,
        "rating": 5,
        "has_feedback": false,
        "out_ticket_id": "209",
        "out_ticket_url": null,
        "fail_reason": null,
        "message_count": 0,
        "average_response_time": 0,
        "longest_response_time": 0,
        "selected_menu": null,
        "menu_path": null,
        "agent_info": {
        "id": 4,
        "agent_number": "007",
        "name": "Storm Trooper 1",
        "last_name": "Storm",
        "first_name": "Trooper 1"
        },
        "end_user": {
        "id": 1,
        "identifier": "Death Star Carpentry",
        "out_contact_id": "360949501087"
        },
        "photos": [
        {
        "id": 3,
        "photo_type": "photo",
        "url": "true"
        }
        ],
        "consumer_handle_durations": [
        {
        "id": 100,
        "chat_duration": 314,
        "message_count": 10,
        "response_count": 6,
        "response_time_total": 85,
        "response_time_max": 25,
        "response_time_avg": 12,
        "started_at": "2016-02-19T18:50:08.000Z",
        "ended_at": "2016-02-19T18:55:22.000Z"
        }
        ],
        "consumer_event_durations": [
        {
        "id": 11,
        "type": "csat",
        "event": "finished",
        "duration": 4,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "started_at": "2016-02-19T18:54:39.000Z",
        "ended_at": "2016-02-19T18:54:43.000Z"
        }
        ],
        "handle_durations": [
        {
        "id": 30001,
        "agent_id": 4,
        "acw_duration": 0,
        "chat_duration": 11,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": 0,
        "transfer_id": null,
        "started_at": "2016-03-02T23:24:08.000Z",
        "ended_at": "2016-03-02T23:24:42.000Z",
        "response_count": 11,
        "response_time_total": 259,
        "response_time_max": 29,
        "response_time_avg": 24,
        "assigned_connection_duration": 10
        }
        ],
        "queue_durations": [
        {
        "id": 41234,
        "agent_id": 5,
        "queue_duration": 22,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": 0,
        "transfer_id": null,
        "transfer_cold": 0,
        "started_at": "2016-03-02T23:23:56.000Z",
        "ended_at": "2016-03-02T23:24:08.000Z",
        "service_level_abandon_time_threshold": 10,
        "service_level_event": "not_in_sla",
        "service_level_target_percent": 90,
        "service_level_target_time": 60
        }
        ],
        "videos": [],
        "transfers": [],
        "participants": [],
        "virtual_agent": null,
        "virtual_agent_deflected_escalations": [],
        "virtual_agent_handle_durations": []
        },
        {
        "id": 2,
        "lang": "en",
        "chat_type": "in-app",
        "status": "finished",
        "created_at": "2016-03-02T23:24:05.000Z",
        "assigned_at": "2016-03-02T23:24:08.000Z",
        "ends_at": "2016-03-02T23:24:42.000Z",
        "updated_at": "2016-03-02T23:24:42.000Z",
        "first_msg_sent_at": null,
        "last_msg_sent_at": null,
        "wait_duration": 12,
        "queue_duration": 12,
        "chat_duration": 34,
        "verified": false,
        "rating": 2,
        "has_feedback": false,
        "out_ticket_id": "214",
        "out_ticket_url": null,
        "fail_reason": null,
        "message_count": 0,
        "average_response_time": 0,
        "longest_response_time": 0,
        "selected_menu": null,
        "menu_path": null,
        "agent_info": null,
        "end_user": {
        "id": 1,
        "identifier": "Death Star Carpentry",
        "out_contact_id": "360949501087"
        },
        "photos": [],
        "videos": [],
        "transfers": [],
        "participants": [],
        "handle_durations": [
        {
        "id": 30001,
        "agent_id": 4,
        "acw_duration": 0,
        "chat_duration": 34,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": 0,
        "transfer_id": null,
        "started_at": "2016-03-02T23:24:08.000Z",
        "ended_at": "2016-03-02T23:24:42.000Z",
        "response_count": 11,
        "response_time_total": 259,
        "response_time_max": 29,
        "response_time_avg": 24,
        "assigned_connection_duration": 10
        }
        ],
        "queue_durations": [
        {
        "id": 41234,
        "agent_id": 5,
        "queue_duration": 12,
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": 0,
        "transfer_id": null,
        "transfer_cold": 0,
        "started_at": "2016-03-02T23:23:56.000Z",
        "ended_at": "2016-03-02T23:24:08.000Z",
        "service_level_abandon_time_threshold": 10,
        "service_level_event": "not_in_sla",
        "service_level_target_percent": 90,
        "service_level_target_time": 60
        }
        ],
        "virtual_agent": {
        "id": 10,
        "name": "D2-R2"
        },
        "virtual_agent_deflected_escalations": [
        {
        "id": 1,
        "deflection": "after_hours",
        "escalation_reason": "by_end_user_message",
        "escalated_at": "2016-03-02T23:23:56.000Z",
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "virtual_agent": {
        "id": 10,
        "name": "D2-R2"
        }
        }
        ],
        "virtual_agent_handle_durations": [
        {
        "id": 1,
        "virtual_agent": {
        "id": 10,
        "name": "D2-R2"
        },
        "chat_duration": 11,
        "escalation_reason": "by_end_user_message",
        "response_count": 11,
        "response_time_total": 34,
        "response_time_max": 4,
        "response_time_avg": 3,
        "fallback_response_count": 1,
        "initiated_by": "end_user",
        "menu_path_id": 11,
        "menu_path": "Deathstar/Shipping",
        "lang": "en",
        "transfer": false,
        "transfer_id": null,
        "started_at": "2016-03-02T23:23:16.000Z",
        "ended_at": "2016-03-02T23:23:56.000Z"
        }
        ]
        }
        ]
        """;
}
