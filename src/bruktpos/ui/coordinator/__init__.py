"""The coordinators' view: the chapter hub read as shops × days, with charts, flags and the monthly report."""
