"""The osprey sample set: twelve applicant packets written blind, the final judge."""
