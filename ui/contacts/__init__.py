"""The contacts directory: attorneys, hotlines, congregations, consulates, caregivers."""
