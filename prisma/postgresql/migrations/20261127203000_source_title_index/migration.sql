-- CreateIndex
CREATE INDEX "Source_title_idx" ON "Source"("title");
